import { describe, expect, it } from 'vitest';
import { equalsScorer } from './equals.js';
import { scoreInput, scoreWith } from './testing.js';

describe('equals', () => {
  it('compares with the case expected answer, trimmed by default', async () => {
    expect((await scoreWith(equalsScorer, {}, scoreInput('  Paris\n', { case: { expected: 'Paris' } }))).pass).toBe(true);
    const result = await scoreWith(equalsScorer, {}, scoreInput('paris', { case: { expected: 'Paris' } }));
    expect(result).toMatchObject({ scorer: 'equals', pass: false, value: 0, reason: 'expected "Paris", got "paris"' });
  });

  it('ignores case and keeps whitespace when told to', async () => {
    expect((await scoreWith(equalsScorer, { ignoreCase: true }, scoreInput('PARIS', { case: { expected: 'Paris' } }))).pass).toBe(true);
    expect((await scoreWith(equalsScorer, { trim: false }, scoreInput('Paris ', { case: { expected: 'Paris' } }))).pass).toBe(false);
  });

  it('uses its own value with variables over the case expected', async () => {
    const input = scoreInput('Hello Ana', { case: { expected: 'ignored', vars: { name: 'Ana' } } });
    expect((await scoreWith(equalsScorer, { value: 'Hello {{name}}' }, input)).pass).toBe(true);
  });

  it('rejects when there is nothing to compare with', async () => {
    await expect(scoreWith(equalsScorer, {}, scoreInput('x'))).rejects.toThrow(/no `expected`/);
  });
});
