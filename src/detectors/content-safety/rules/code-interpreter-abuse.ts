import { definePatternRule } from '../../learned/rules.js';

/** Code-execution abuse: sandbox escape, host secrets, resource exhaustion, mining, persistence. */
export const codeInterpreterAbuseRule = definePatternRule({
  id: 'code-interpreter-abuse',
  type: 'CODE_INTERPRETER_ABUSE',
  patterns: [
    String.raw`(?:/etc/(?:passwd|shadow)|/proc/(?:self/)?(?:environ|mem|1/)|/var/run/docker\.sock|169\.254\.169\.254|metadata\.google\.internal|os\.environ|process\.env|printenv|\benv\s*\|)`,
    String.raw`(?::\(\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:|fork\s*bomb|while\s*\(?\s*true\s*\)?\s*:?\s*(?:os\.)?fork|\bxmrig\b|crypto-?\s?min(?:er|ing)|mine\s+(?:monero|bitcoin|crypto))`,
    String.raw`\b(?:escape|break\s+out\s+of|bypass)\s+(?:the\s+)?(?:sandbox|container|jail|chroot|vm)\b`,
    String.raw`\b(?:reverse\s+shell|bind\s+shell|nc\s+-e|bash\s+-i\s+>&|/dev/tcp/|persist(?:ence)?\s+(?:backdoor|malware)|crontab\s+-e\b[^.\n]{0,40}?(?:curl|wget))`,
  ],
});
