import { describe, expect, it } from 'vitest';
import { contentSafetyScorer } from './content-safety.js';
import { buildScorer, scoreInput, scoreWith } from './testing.js';

const threat = 'I will find where you live and kill you and your family tonight.';

describe('content-safety', () => {
  it('fails on a threat at the detector default threshold and names the category', async () => {
    const result = await scoreWith(contentSafetyScorer, {}, scoreInput(threat));
    expect(result.pass).toBe(false);
    expect(result.reason).toMatch(/^highest category [A-Z_]+ scored 0\.\d+ ≥ threshold 0\.\d+$/);
    expect(result.value).toBeLessThan(0.5);
  });

  it('passes on a benign answer', async () => {
    const result = await scoreWith(contentSafetyScorer, {}, scoreInput('Here is a recipe for banana bread: mash three ripe bananas.'));
    expect(result.pass).toBe(true);
    expect(result.value).toBeGreaterThan(0.5);
  });

  it('only looks at the chosen categories, and honours an explicit threshold', async () => {
    const flagged = (await scoreWith(contentSafetyScorer, {}, scoreInput(threat))).details as { category: string };
    const others = ['PROFANITY', 'SEXUAL_CONTENT', 'ELECTIONS', 'VIOLENT_CRIMES', 'THREAT'].filter((category) => category !== flagged.category);
    expect((await scoreWith(contentSafetyScorer, { categories: others.slice(0, 2) }, scoreInput(threat))).pass).toBe(true);
    expect((await scoreWith(contentSafetyScorer, { threshold: 0.99 }, scoreInput(threat))).pass).toBe(true);
  });

  it('rejects unknown categories', () => {
    expect(() => buildScorer(contentSafetyScorer, { categories: ['SPAM'] })).toThrow(/no entity "SPAM"/);
  });
});
