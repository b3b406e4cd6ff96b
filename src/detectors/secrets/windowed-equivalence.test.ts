import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mixedText } from '../../../scripts/bench/corpus.js';
import { createTextViews } from '../../text/views.js';
import { defineSecretRule, type SecretRecognizer } from './define-secret-rule.js';
import { secretRules } from './index.js';
import { alphabets, fakeChars, secretExamples } from './testing.js';
import { createTriggerIndex } from './trigger-index.js';

/**
 * The detector looks for each rule's matches only near its triggers (`triggers` + `triggerOffset`).
 * That is only sound if every match contains a trigger at most `triggerOffset` characters in, so
 * here every rule's windowed matches must equal a whole-text search by a fresh copy of the rule,
 * on every view the engine would scan: the bench corpus, the labelled eval set, the examples, and
 * the examples with their key names in odd letter cases and separators.
 */
const evalTexts = readFileSync(new URL('../../../data/eval/pii-labelled.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** "aws_secret_access_key = X" → "aWs-SeCrEt AcCeSs_KeY = X": the part before the secret in alternating case and separators. */
function oddlySpelled(text: string, secret: string): string {
  const at = text.indexOf(secret);
  let flip = false;
  const before = text.slice(0, at).replace(/[A-Za-z]|_/g, (char) => {
    flip = !flip;
    if (char === '_') return flip ? '-' : ' ';
    return flip ? char.toLowerCase() : char.toUpperCase();
  });
  return before + text.slice(at);
}

const examples = Object.values(secretExamples);
/** Keys whose trigger sits deepest in the match ("ecret" 5 characters into "aws_secret", …), and other edge spellings. */
const deepTriggers = [
  `AWS_SECRET = ${secretExamples['aws-secret-access-key']!.secret}`,
  `azure_storage_key = ${secretExamples['azure-storage-key']!.secret}`,
  `private_key: "${secretExamples['generic-api-key']!.secret}" api_secret=${secretExamples['generic-api-key']!.secret}`,
  secretExamples['gcp-service-account-key']!.text.replaceAll('"', '\\"'),
  secretExamples['discord-webhook-url']!.text.replace('https://discord', 'https://canary.discord'),
  secretExamples['private-key']!.text.replaceAll('RSA PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'),
  `SENTRY_DSN=https://${fakeChars('dsn-key', alphabets.hex, 32)}:${fakeChars('dsn-secret', alphabets.hex, 32)}@${[1, 2, 3, 4].map((label) => fakeChars(`dsn-host-${label}`, alphabets.lowerAlnum, 63)).join('.')}.sentry.io/42`,
  secretExamples['teams-webhook-url']!.text.replace('contoso', fakeChars('tenant', alphabets.lowerAlnum, 64)),
  'Authorization: basic\tZGVwbG95OlhrOTMtZnJvemVuLUxhbXA=',
  `CF-API-TOKEN: ${fakeChars('cf', alphabets.base62, 40)}`,
];
/** Short texts may be searched whole (few start positions to try): this long one makes every rule search windows. */
const padded = `${'Nothing to see in this line.\n'.repeat(5000)}${[...examples.map((example) => example.text), ...deepTriggers].join('\n')}`;
const texts = [
  mixedText(150_000, 1),
  mixedText(150_000, 7, 'dense'),
  ...evalTexts,
  ...examples.map((example) => example.text),
  ...examples.map((example) => oddlySpelled(example.text, example.secret)),
  ...deepTriggers,
  padded,
];

function wholeTextCopies(rules: readonly SecretRecognizer[]): Map<string, SecretRecognizer> {
  return new Map(rules.map((rule) => [rule.id, defineSecretRule(rule.rule)]));
}

describe('windowed search near triggers', () => {
  it('finds exactly what a whole-text search finds, for every rule and view', async () => {
    const index = createTriggerIndex(secretRules.flatMap((rule) => rule.indexTriggers));
    const whole = wholeTextCopies(secretRules);
    const differences: string[] = [];
    let compared = 0;
    for (const text of texts) {
      for (const view of createTextViews(text).get(['normalized', 'decoded'])) {
        const occurrences = index.occurrences(view.text);
        for (const rule of secretRules) {
          const expected = whole.get(rule.id)!.matches(view.text);
          compared += expected.length;
          if (JSON.stringify(rule.matches(view.text, occurrences)) !== JSON.stringify(expected)) differences.push(`${rule.id}: ${view.text.slice(0, 80)}`);
        }
      }
      await Promise.resolve();
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(1500);
  });

  it('finds key names in any letter case, as the case-blind patterns do', () => {
    const index = createTriggerIndex(secretRules.flatMap((rule) => rule.indexTriggers));
    const rule = secretRules.find((candidate) => candidate.id === 'aws-secret-access-key')!;
    const { text, secret } = secretExamples['aws-secret-access-key']!;
    const odd = oddlySpelled(text, secret);
    expect(odd.startsWith('aWs sEcReT-AcCeSs kEy = ')).toBe(true);
    expect(rule.matches(odd, index.occurrences(odd))).toEqual([expect.objectContaining({ start: odd.indexOf(secret), end: odd.length })]);
  });
});
