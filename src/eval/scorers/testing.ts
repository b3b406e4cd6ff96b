import type { ChatResponse, Target } from '../../providers/types.js';
import type { EvalCase, ScoreFunction, ScoreInput, ScoreResult, ScorerContext } from '../types.js';
import type { DefinedScorer } from './define.js';

/** A case for scorer tests: id "case-1", no messages, the given vars and expected answer. */
export function testCase(overrides: Partial<EvalCase> = {}): EvalCase {
  return { id: 'case-1', messages: [], input: 'the question', vars: {}, tags: [], ...overrides };
}

/** What a scorer sees for `output`, with optional case fields, response and latency. */
export function scoreInput(output: string, options: { case?: Partial<EvalCase>; response?: Partial<ChatResponse>; latencyMs?: number } = {}): ScoreInput {
  const input: ScoreInput = { case: testCase(options.case), output, transcript: [{ role: 'assistant', content: output }], latencyMs: options.latencyMs ?? 10 };
  if (options.response) input.response = { output, latencyMs: input.latencyMs, ...options.response };
  return input;
}

/** A context whose targets answer with `answer(prompt)` (default: a passing JSON verdict). */
export function testContext(answer: (prompt: string) => string | Promise<string> = () => '{"score": 1, "reason": "fine"}'): ScorerContext & { prompts: string[] } {
  const prompts: string[] = [];
  const target: Target = {
    kind: 'test',
    label: 'test-judge',
    async send(request) {
      const prompt = request.messages.map((message) => message.content).join('\n');
      prompts.push(prompt);
      return { output: await answer(prompt), model: 'judge-model-1', latencyMs: 1 };
    },
  };
  return { cwd: process.cwd(), env: {}, createTarget: () => target, prompts };
}

/** Parses `settings` with the kind's schema (defaults applied) and builds its score function. */
export function buildScorer<Kind extends DefinedScorer>(kind: Kind, settings: Record<string, unknown> = {}, context: ScorerContext = testContext()): ScoreFunction {
  return kind.create(kind.configSchema.parse(settings), context);
}

/** Builds and runs a scorer on one output. */
export async function scoreWith(kind: DefinedScorer, settings: Record<string, unknown>, input: ScoreInput, context?: ScorerContext): Promise<ScoreResult> {
  return buildScorer(kind, settings, context)(input);
}
