import { describe, expect, it } from 'vitest';
import { createKnownSecretCheck } from './known-secret.js';
import { formatSecretRules } from './index.js';
import { fakeChecksummedToken } from './fixtures.js';

const isKnownSecret = createKnownSecretCheck(formatSecretRules);

describe('createKnownSecretCheck', () => {
  it('answers true when a format rule reports a secret overlapping the span', () => {
    const token = fakeChecksummedToken('ghp_', 'known');
    const text = `password = "${token}"`;
    const start = text.indexOf(token);
    expect(isKnownSecret(text, start, start + token.length)).toBe(true);
  });

  it('sees key names up to 256 characters before the value', () => {
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
