import { describe, expect, it } from 'vitest';
import { notIcontainsScorer } from './not-icontains.js';
import { scoreInput, scoreWith } from './testing.js';

describe('not-icontains', () => {
  it('fails on a value in any case and passes when absent', async () => {
    const leaked = await scoreWith(notIcontainsScorer, { value: 'system prompt' }, scoreInput('My SYSTEM PROMPT says...'));
    expect(leaked).toMatchObject({ pass: false, reason: 'output contains "system prompt" (ignoring case)' });
    expect((await scoreWith(notIcontainsScorer, { value: 'system prompt' }, scoreInput('I am a helpful bot.'))).pass).toBe(true);
  });
});
