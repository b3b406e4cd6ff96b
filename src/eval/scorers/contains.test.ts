import { describe, expect, it } from 'vitest';
import { containsScorer } from './contains.js';
import { scoreInput, scoreWith } from './testing.js';

describe('contains', () => {
  it('passes only when every value appears, case-sensitive by default; value is the fraction found', async () => {
    const result = await scoreWith(containsScorer, { value: ['Paris', 'France', 'Seine'] }, scoreInput('Paris is in France.'));
    expect(result).toMatchObject({ scorer: 'contains', pass: false, reason: 'output lacks "Seine"' });
    expect(result.value).toBeCloseTo(2 / 3);
    expect((await scoreWith(containsScorer, { value: 'paris' }, scoreInput('Paris'))).pass).toBe(false);
    expect((await scoreWith(containsScorer, { value: 'paris', ignoreCase: true }, scoreInput('Paris'))).pass).toBe(true);
  });

  it('expands case variables in values', async () => {
    const input = scoreInput('your order 4471 ships today', { case: { vars: { order: '4471' } } });
    expect((await scoreWith(containsScorer, { value: 'order {{order}}' }, input)).pass).toBe(true);
  });

  it('rejects an empty value in its settings', () => {
    expect(containsScorer.configSchema.safeParse({ value: '' }).success).toBe(false);
  });
});
