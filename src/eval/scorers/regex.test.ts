import { describe, expect, it } from 'vitest';
import { regexScorer } from './regex.js';
import { buildScorer, scoreInput, scoreWith } from './testing.js';

describe('regex', () => {
  it('passes on a match and reports where', async () => {
    const result = await scoreWith(regexScorer, { pattern: '\\b\\d{5}\\b' }, scoreInput('ZIP: 94110, CA'));
    expect(result).toMatchObject({ pass: true, reason: '/\\b\\d{5}\\b/ matched "94110" at 5; expected a match' });
  });

  it('honours flags and negate', async () => {
    expect((await scoreWith(regexScorer, { pattern: 'error', flags: 'i' }, scoreInput('ERROR 500'))).pass).toBe(true);
    expect((await scoreWith(regexScorer, { pattern: 'error', negate: true }, scoreInput('error 500'))).pass).toBe(false);
    expect((await scoreWith(regexScorer, { pattern: 'error', negate: true }, scoreInput('all good'))).pass).toBe(true);
  });

  it('inserts variables literally (escaped)', async () => {
    const input = scoreInput('price a+b', { case: { vars: { item: 'a+b' } } });
    expect((await scoreWith(regexScorer, { pattern: '^price {{item}}$' }, input)).pass).toBe(true);
    expect((await scoreWith(regexScorer, { pattern: '^price {{item}}$' }, scoreInput('price aab', { case: { vars: { item: 'a+b' } } }))).pass).toBe(false);
  });

  it('rejects an invalid pattern and stateful flags at build time', () => {
    expect(() => buildScorer(regexScorer, { pattern: '(' })).toThrow(/invalid regular expression/);
    expect(regexScorer.configSchema.safeParse({ pattern: 'x', flags: 'g' }).success).toBe(false);
  });
});
