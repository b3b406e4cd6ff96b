import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyJsonSchema } from '../../src/policy/json-schema.js';
import { runCli, temporaryDirectory } from '../support/cli.js';

describe('vouch policy', () => {
  it('validates a policy and prints its hash; exits 2 naming the file, path and fix on a bad one', async () => {
    const directory = temporaryDirectory();
    writeFileSync(join(directory, 'good.yaml'), 'name: good\nextends: builtin:default\n');
    writeFileSync(join(directory, 'bad.yaml'), 'name: bad\ninput:\n  rules:\n    - detector: pii\n      action: blok\n');
    const good = await runCli(['policy', 'validate', 'good.yaml'], { cwd: directory });
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^ok {2}good {2}sha256:[0-9a-f]{64} {2}input: 2 rule\(s\), output: 2 rule\(s\)/);
    const bad = await runCli(['policy', 'validate', 'bad.yaml'], { cwd: directory });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.yaml:5:15 at input.rules[0].action');
    expect(bad.stderr).toContain('Use one of: "allow", "flag", "redact", "block"');
    const unknownDetector = join(directory, 'unknown.yaml');
    writeFileSync(unknownDetector, 'input: { rules: [ { detector: piii } ] }\n');
    const unknown = await runCli(['policy', 'validate', unknownDetector]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown detector "piii"');
  });

  it('runs policy tests and exits 1 when a case fails', async () => {
    const directory = temporaryDirectory();
    writeFileSync(
      join(directory, 'cases.yaml'),
      [
        'policy: builtin:default',
        'cases:',
        '  - name: email redacted',
        '    input: "mail ana@mailbox.example.org"',
        '    expect: { action: redact, findings: [{ type: EMAIL_ADDRESS, start: 5, end: 28 }], text: "mail <EMAIL_ADDRESS_1>" }',
        '  - name: wrong on purpose',
        '    input: "hello"',
        '    expect: { action: block }',
      ].join('\n'),
    );
    const run = await runCli(['policy', 'test', 'cases.yaml'], { cwd: directory });
    expect(run.stdout).toContain('PASS email redacted');
    expect(run.stdout).toContain('FAIL wrong on purpose: expected action block, got allow');
    expect(run.stdout).toContain('1 passed, 1 failed');
    expect(run.code).toBe(1);
  });

  it('prints the JSON Schema, and the committed schema file is current', async () => {
    const run = await runCli(['policy', 'schema']);
    const printed = JSON.parse(run.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(printed.properties)).toEqual(expect.arrayContaining(['extends', 'input', 'output', 'allowlist', 'vault']));
    const committed = JSON.parse(readFileSync(new URL('../../schemas/policy.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(policyJsonSchema());
  });
});

describe('vouch init', () => {
  it('scaffolds a policy whose own tests pass, and refuses to overwrite', async () => {
    const directory = temporaryDirectory();
    const init = await runCli(['init'], { cwd: directory });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('wrote vouch.policy.yaml');
    const tests = await runCli(['policy', 'test', 'vouch.policy.test.yaml'], { cwd: directory });
    expect(tests.stdout).toContain('4 passed, 0 failed');
    expect(tests.code).toBe(0);
    const scan = await runCli(['scan', '--policy', 'vouch.policy.yaml', '--input', 'examples/messages.jsonl'], { cwd: directory });
    expect(scan.stdout.trim().split('\n')).toHaveLength(3);
    const again = await runCli(['init'], { cwd: directory });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('refusing to overwrite');
  });
});

describe('vouch redact', () => {
  it('prints redacted text and exits 1 when the policy blocks', async () => {
    const run = await runCli(['redact', 'call ana@mailbox.example.org']);
    expect(run.stdout).toBe('call <EMAIL_ADDRESS_1>\n');
    expect(run.code).toBe(0);
    const blocked = await runCli(['redact', '--stage', 'output', 'AKIAZ7QF3XMPLE5KTW2Q']);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('the policy blocks this text');
    const stdin = await runCli(['redact', '--input', '-'], { stdin: 'mail ana@mailbox.example.org\nbye\n' });
    expect(stdin.stdout).toBe('mail <EMAIL_ADDRESS_1>\nbye\n');
  });
});
