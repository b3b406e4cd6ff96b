import { z } from 'zod';
import { sha256 } from '../../core/hash.js';
import { VouchError } from '../../core/errors.js';
import { snippet, targetFailed } from './failure.js';
import { postJson, resolveApiKey, type JsonEndpoint } from './http.js';
import { readJudgeAnswer } from './judge-verdict.js';
import { builtInRubrics, judgeUserMessage } from './rubrics.js';
import { escalationDetectors, type CreateAdapterOptions, type EscalationAdapter, type EscalationRequest, type LlmJudgeConfig } from './types.js';

const chatCompletionSchema = z.looseObject({
  choices: z.array(z.looseObject({ message: z.looseObject({ content: z.string().nullable().optional() }) })).min(1),
});

/** The system prompt the judge uses for a detector: the config's override or the built-in rubric. */
export function rubricFor(config: LlmJudgeConfig, detector: string): string {
  const override = typeof config.rubric === 'string' ? config.rubric : config.rubric?.[detector as keyof typeof config.rubric];
  const rubric = override ?? builtInRubrics[detector as keyof typeof builtInRubrics];
  if (rubric === undefined) {
    throw new VouchError('VOUCH_CONFIG_INVALID', `llm-judge: no rubric for detector "${detector}"; built-in rubrics: ${escalationDetectors.join(', ')}`, {
      path: 'rubric',
      fix: `Escalate only ${escalationDetectors.join(' or ')}, or give a rubric for "${detector}".`,
    });
  }
  return rubric;
}

/**
 * An adapter that asks an OpenAI-compatible chat model (`POST {baseUrl}/chat/completions`,
 * temperature 0) to judge the text by a rubric, and reads a JSON or Llama-Guard-style verdict.
 * @example
 * const judge = createLlmJudgeAdapter(
 *   { type: 'llm-judge', baseUrl: 'http://127.0.0.1:8000/v1', model: 'judge', maxTokens: 256, timeoutMs: 30_000 },
 * );
 * const verdict = await judge.check({ text, detector: 'prompt-injection', stage: 'input', localScore: 0.5, signal });
 */
export function createLlmJudgeAdapter(config: LlmJudgeConfig, options: CreateAdapterOptions = {}): EscalationAdapter {
  const endpoint: JsonEndpoint = {
    adapter: 'llm-judge',
    url: `${config.baseUrl}/chat/completions`,
    apiKey: resolveApiKey('llm-judge', config.apiKeyEnv, options),
    timeoutMs: config.timeoutMs,
    fetch: options.fetch ?? fetch,
  };
  return {
    id: 'llm-judge',
    async check(request: EscalationRequest) {
      const rubric = rubricFor(config, request.detector);
      const body = {
        model: config.model,
        temperature: 0,
        max_tokens: config.maxTokens,
        messages: [
          { role: 'system', content: rubric },
          { role: 'user', content: judgeUserMessage(request.text, request.stage) },
        ],
      };
      const answer = readContent(await postJson(endpoint, body, request.signal), endpoint);
      const reading = readJudgeAnswer(answer);
      if (!reading.ok) {
        throw targetFailed({ adapter: 'llm-judge', target: `POST ${endpoint.url}` }, `unparseable verdict: ${reading.problem}: ${snippet(answer)}`, {
          fix: 'Use a model that follows the rubric (JSON verdict), a Llama-Guard model, or raise maxTokens if the answer was cut off.',
        });
      }
      return { score: reading.score, types: reading.types, model: `${config.model}@${config.baseUrl}#rubric:${sha256(rubric).slice(0, 8)}` };
    },
  };
}

function readContent(answer: unknown, endpoint: JsonEndpoint): string {
  const parsed = chatCompletionSchema.safeParse(answer);
  const content = parsed.success ? parsed.data.choices[0]!.message.content : undefined;
  if (typeof content !== 'string') {
    throw targetFailed({ adapter: 'llm-judge', target: `POST ${endpoint.url}` }, `answer has no choices[0].message.content: ${snippet(JSON.stringify(answer))}`, {
      fix: 'Point baseUrl at an OpenAI-compatible chat completions API.',
    });
  }
  return content;
}
