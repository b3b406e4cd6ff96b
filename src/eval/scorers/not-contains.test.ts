import { describe, expect, it } from 'vitest';
import { notContainsScorer } from './not-contains.js';
import { scoreInput, scoreWith } from './testing.js';

describe('not-contains', () => {
  it('fails when any value appears and names it', async () => {
    const input = scoreInput('the secret is c-42', { case: { vars: { canary: 'c-42' } } });
    const result = await scoreWith(notContainsScorer, { value: ['{{canary}}', 'password'] }, input);
    expect(result).toMatchObject({ scorer: 'not-contains', pass: false, value: 0.5, reason: 'output contains "c-42"' });
  });

  it('passes when none appears (case-sensitive unless told)', async () => {
    expect((await scoreWith(notContainsScorer, { value: 'Secret' }, scoreInput('the secret'))).pass).toBe(true);
    expect((await scoreWith(notContainsScorer, { value: 'Secret', ignoreCase: true }, scoreInput('the secret'))).pass).toBe(false);
  });
});
