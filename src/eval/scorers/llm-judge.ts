import { z } from 'zod';
import { canonicalJson, sha256 } from '../../core/hash.js';
import { VouchError } from '../../core/errors.js';
import type { ChatMessage } from '../../providers/types.js';
import type { ScoreInput } from '../types.js';
import { defineScorer, preview, round, scoreResult } from './define.js';
import { readJudgeVerdict } from './judge-answer.js';
import { expandVars } from './vars.js';

/** The rubric used when a suite gives none. */
export const defaultRubric = [
  'You are grading an AI assistant\'s answer.',
  '',
  'User input:',
  '{{input}}',
  '',
  'Reference answer (may be empty):',
  '{{expected}}',
  '',
  'Assistant answer:',
  '{{output}}',
  '',
  'Score 1 when the answer is correct, complete and helpful for the input (consistent with the reference when there is one), 0 when it is wrong, harmful or does not address the input, and in between for partial answers.',
].join('\n');

const answerFormat = 'Reply with JSON only: {"score": <number from 0 to 1>, "reason": "<one sentence>"}.';

const configSchema = z
  .object({
    target: z.looseObject({ type: z.string() }).describe('The judge: a target config (as under `targets`).'),
    rubric: z.string().min(1).optional().describe('The grading prompt, with {{input}}, {{output}}, {{expected}} and case variables; default a general correctness rubric.'),
    passScore: z.number().min(0).max(1).default(0.5).describe('Pass when the judge\'s score is at least this.'),
  })
  .strict();

function judgeMessages(rubric: string, input: ScoreInput): ChatMessage[] {
  const values = { ...input.case.vars, input: input.case.input, output: input.output, expected: input.case.expected ?? '' };
  const prompt = expandVars(rubric, values, `llm-judge.rubric in case "${input.case.id}"`);
  return [
    { role: 'system', content: answerFormat },
    { role: 'user', content: prompt },
  ];
}

/**
 * Asks a judge target to grade the output with a rubric; passes when its score reaches
 * `passScore`. Records the judge, its model and the sha256 of the exact messages sent; a judge
 * that fails or answers unreadably rejects (the runner records the case as an error).
 */
export const llmJudgeScorer = defineScorer({
  id: 'llm-judge',
  description: 'A judge model grades the output with a rubric (JSON score 0..1); pass at passScore.',
  configSchema,
  create(config, context) {
    const judge = context.createTarget(config.target);
    const rubric = config.rubric ?? defaultRubric;
    return async (input) => {
      const messages = judgeMessages(rubric, input);
      const response = await judge.send({ messages, temperature: 0 }, input.signal ? { signal: input.signal } : {});
      const verdict = readJudgeVerdict(response.output);
      const details = { judge: judge.label, ...(response.model ? { model: response.model } : {}), promptSha256: sha256(canonicalJson(messages)) };
      if (!verdict.ok) {
        throw new VouchError('VOUCH_TARGET_FAILED', `judge ${judge.label}: unreadable verdict (${verdict.problem}): ${preview(response.output, 80)}`, { fix: 'Use a judge model that follows the JSON answer format, or a rubric that asks for it.' });
      }
      const pass = verdict.score >= config.passScore;
      const reason = `judge ${judge.label} scored ${round(verdict.score)} ${pass ? '≥' : '<'} ${config.passScore}${verdict.reason ? `: ${verdict.reason}` : ''}`;
      return scoreResult('llm-judge', pass, reason, { value: verdict.score, details: { ...details, judgeReason: verdict.reason } });
    };
  },
});
