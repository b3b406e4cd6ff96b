import { describe, expect, it } from 'vitest';
import { formatSecretRules } from './index.js';
import { createKnownSecretCheck, knownSpans, overlapsAny } from './known-secret.js';
import { fakeChecksummedToken } from './testing.js';
import { createTriggerIndex } from './trigger-index.js';

const triggerIndex = createTriggerIndex(formatSecretRules.flatMap((rule) => rule.indexTriggers));
const isKnownSecret = createKnownSecretCheck(formatSecretRules, (text) => triggerIndex.occurrences(text));

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

describe('knownSpans and overlapsAny', () => {
  const spans = knownSpans([
    { start: 40, end: 45, score: 1 },
    { start: 10, end: 30, score: 1 },
    { start: 12, end: 14, score: 1 },
  ]);

  it('finds an overlap with any span, also one hidden behind a shorter span that starts later', () => {
    expect(overlapsAny(spans, 20, 21)).toBe(true);
    expect(overlapsAny(spans, 29, 41)).toBe(true);
    expect(overlapsAny(spans, 44, 50)).toBe(true);
  });

  it('needs a real overlap: touching ends and gaps do not count', () => {
    expect(overlapsAny(spans, 30, 40)).toBe(false);
    expect(overlapsAny(spans, 0, 10)).toBe(false);
    expect(overlapsAny(spans, 45, 60)).toBe(false);
    expect(overlapsAny(knownSpans([]), 0, 100)).toBe(false);
  });
});

describe('createKnownSecretCheck with candidatesOf', () => {
  it('asks only the rules the candidates function names for the text', () => {
    const token = fakeChecksummedToken('ghp_', 'named');
    const text = `password = "${token}"`;
    const start = text.indexOf(token);
    const asked: string[] = [];
    const none = createKnownSecretCheck(formatSecretRules, (each) => triggerIndex.occurrences(each), (each) => (asked.push(each), []));
    expect(none(text, start, start + token.length)).toBe(false);
    expect(asked).toEqual([text]);
    const all = createKnownSecretCheck(formatSecretRules, (each) => triggerIndex.occurrences(each), () => formatSecretRules);
    expect(all(text, start, start + token.length)).toBe(true);
  });
});
