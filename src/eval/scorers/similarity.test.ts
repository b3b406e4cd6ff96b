import { describe, expect, it } from 'vitest';
import { similarityScorer } from './similarity.js';
import { scoreInput, scoreWith } from './testing.js';

describe('similarity', () => {
  it('scores token F1 against the expected answer by default; value is the score', async () => {
    const input = scoreInput('The Eiffel Tower is in Paris.', { case: { expected: 'The Eiffel Tower stands in Paris, France.' } });
    const result = await scoreWith(similarityScorer, {}, input);
    // candidate 6 tokens, reference 7, common 5 → P 5/6, R 5/7
    expect(result.value).toBeCloseTo((2 * (5 / 6) * (5 / 7)) / (5 / 6 + 5 / 7));
    expect(result.pass).toBe(true);
    expect(result.reason).toMatch(/^token-f1 0\.769 ≥ 0\.5 against/);
  });

  it('fails below the threshold and supports rouge-l and an explicit value', async () => {
    const input = scoreInput('mat the on sat cat the', { case: { vars: { ref: 'the cat sat on the mat' } } });
    const f1 = await scoreWith(similarityScorer, { value: '{{ref}}', threshold: 0.9 }, input);
    const rouge = await scoreWith(similarityScorer, { value: '{{ref}}', metric: 'rouge-l', threshold: 0.9 }, input);
    expect(f1.pass).toBe(true);
    expect(rouge.pass).toBe(false);
    expect(rouge.value).toBeCloseTo(0.5); // LCS "the cat the" = 3 of 6 tokens each way
  });
});
