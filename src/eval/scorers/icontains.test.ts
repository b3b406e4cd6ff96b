import { describe, expect, it } from 'vitest';
import { icontainsScorer } from './icontains.js';
import { scoreInput, scoreWith } from './testing.js';

describe('icontains', () => {
  it('ignores case and takes no ignoreCase setting', async () => {
    expect((await scoreWith(icontainsScorer, { value: 'PARIS' }, scoreInput('paris is lovely'))).pass).toBe(true);
    expect((await scoreWith(icontainsScorer, { value: 'rome' }, scoreInput('paris is lovely'))).pass).toBe(false);
    expect(icontainsScorer.configSchema.safeParse({ value: 'x', ignoreCase: false }).success).toBe(false);
  });
});
