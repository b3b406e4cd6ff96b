import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256 } from '../../core/hash.js';
import { llmJudgeScorer } from './llm-judge.js';
import { scoreInput, scoreWith, testContext } from './testing.js';

const target = { type: 'openai', model: 'judge-model-1' };

describe('llm-judge', () => {
  it('fills the rubric, passes at passScore and records judge, model and prompt hash', async () => {
    const context = testContext(() => '```json\n{"score": 0.7, "reason": "mostly right"}\n```');
    const input = scoreInput('Paris', { case: { input: 'Capital of France?', expected: 'Paris', vars: { tone: 'strict' } } });
    const result = await scoreWith(llmJudgeScorer, { target, rubric: 'Be {{tone}}. Q: {{input}} A: {{output}} Ref: {{expected}}', passScore: 0.6 }, input, context);
    expect(context.prompts[0]).toContain('Be strict. Q: Capital of France? A: Paris Ref: Paris');
    expect(result).toMatchObject({ scorer: 'llm-judge', pass: true, value: 0.7, reason: 'judge test-judge scored 0.7 ≥ 0.6: mostly right' });
    const messages = [
      { role: 'system', content: 'Reply with JSON only: {"score": <number from 0 to 1>, "reason": "<one sentence>"}.' },
      { role: 'user', content: 'Be strict. Q: Capital of France? A: Paris Ref: Paris' },
    ];
    expect(result.details).toMatchObject({ judge: 'test-judge', model: 'judge-model-1', promptSha256: sha256(canonicalJson(messages)) });
  });

  it('fails below passScore, with the default rubric holding the output', async () => {
    const context = testContext(() => 'FAIL - wrong capital');
    const result = await scoreWith(llmJudgeScorer, { target }, scoreInput('Lyon', { case: { input: 'Capital of France?' } }), context);
    expect(result).toMatchObject({ pass: false, value: 0 });
    expect(context.prompts[0]).toContain('Lyon');
    expect(context.prompts[0]).toContain('Capital of France?');
  });

  it('does not expand placeholders found inside the output', async () => {
    const context = testContext();
    await scoreWith(llmJudgeScorer, { target, rubric: 'A: {{output}}' }, scoreInput('literally {{secret}}'), context);
    expect(context.prompts[0]).toContain('A: literally {{secret}}');
  });

  it('rejects on an unreadable verdict and when the judge fails', async () => {
    await expect(scoreWith(llmJudgeScorer, { target }, scoreInput('x'), testContext(() => 'no idea'))).rejects.toMatchObject({ code: 'VOUCH_TARGET_FAILED' });
    const failing = testContext(() => Promise.reject(new Error('connection refused')));
    await expect(scoreWith(llmJudgeScorer, { target }, scoreInput('x'), failing)).rejects.toThrow(/connection refused/);
  });
});
