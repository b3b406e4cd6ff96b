import { describe, expect, it } from 'vitest';
import { formatSecretRules } from './index.js';
import { createKnownSecretCheck } from './known-secret.js';
import { fakeChecksummedToken } from './testing.js';
import { createTriggerIndex } from './trigger-index.js';

const triggerIndex = createTriggerIndex(formatSecretRules.flatMap((rule) => rule.triggers ?? []));
const isKnownSecret = createKnownSecretCheck(formatSecretRules, (text) => triggerIndex.present(text));

describe('createKnownSecretCheck', () => {
  it('answers true when a format rule reports a secret overlapping the span', () => {
    const token = fakeChecksummedToken('ghp_', 'known');
    const text = `password = "${token}"`;
    const start = text.indexOf(token);
    expect(isKnownSecret(text, start, start + token.length)).toBe(true);
  });

  it('sees keyed formats through their key name', () => {
    const value = 'wJ8rXUtnFEMI/K7MDENG/bPxRfiCYzQ2vLk9pTqA';
    const text = `aws_secret_access_key = ${value}`;
    const start = text.indexOf(value);
    expect(isKnownSecret(text, start, start + value.length)).toBe(true);
  });

  it('answers false for values no format rule reports', () => {
    const text = 'password = "Tr0ub4dor&3horse"';
    expect(isKnownSecret(text, 12, 28)).toBe(false);
  });
});

describe('createKnownSecretCheck spans', () => {
  it('needs an overlap, not just a match elsewhere in the text', () => {
    const token = fakeChecksummedToken('ghp_', 'elsewhere');
    const text = `password = "Tr0ub4dor&3horse"\nGITHUB_TOKEN=${token}`;
    expect(isKnownSecret(text, 12, 28)).toBe(false);
    const start = text.indexOf(token);
    expect(isKnownSecret(text, start + 4, start + 10)).toBe(true);
    expect(isKnownSecret(text, start + token.length, text.length)).toBe(false);
  });
});
