import { z } from 'zod';
import { VouchError } from '../../core/errors.js';
import { toUpperSnake } from './categories.js';
import { snippet, targetFailed } from './failure.js';
import { postJson, resolveApiKey, type JsonEndpoint } from './http.js';
import type { CreateAdapterOptions, EscalationAdapter, EscalationRequest, EscalationVerdict, ModerationConfig } from './types.js';

/**
 * OpenAI moderation categories as Vouch content-safety categories. Keys are the names with
 * everything but letters removed, so "self-harm/intent", "self_harm_intent" and "self-harm-intent" match.
 */
const openAiCategories: Readonly<Record<string, readonly string[]>> = {
  harassment: ['HARASSMENT'],
  harassmentthreatening: ['HARASSMENT', 'THREAT'],
  hate: ['HATE'],
  hatethreatening: ['HATE', 'THREAT'],
  illicit: ['NON_VIOLENT_CRIMES'],
  illicitviolent: ['VIOLENT_CRIMES'],
  selfharm: ['SELF_HARM'],
  selfharmintent: ['SELF_HARM'],
  selfharminstructions: ['SELF_HARM'],
  sexual: ['SEXUAL_CONTENT'],
  sexualminors: ['CHILD_EXPLOITATION'],
  violence: ['VIOLENT_CRIMES'],
  violencegraphic: ['VIOLENT_CRIMES'],
};

/** Vouch categories for one moderation category name; unknown names are kept, written UPPER_SNAKE. */
export function mapModerationCategory(name: string): readonly string[] {
  const known = openAiCategories[name.toLowerCase().replace(/[^a-z]/g, '')];
  if (known) return known;
  const snake = toUpperSnake(name);
  return snake === '' ? [] : [snake];
}

const moderationResponseSchema = z.looseObject({
  model: z.string().optional(),
  results: z
    .array(
      z.looseObject({
        flagged: z.boolean().optional(),
        categories: z.record(z.string(), z.boolean().nullable()).optional(),
        category_scores: z.record(z.string(), z.number().nullable()).optional(),
      }),
    )
    .min(1),
});

type ModerationResult = z.output<typeof moderationResponseSchema>['results'][number];

/**
 * Score and types of one moderation result: the highest category score (or 1/0 from `flagged`
 * when there are no scores), and the Vouch categories of the flagged categories (or, without
 * `categories`, of those scoring 0.5 or more).
 */
export function readModerationResult(result: ModerationResult): { score: number; types: string[] } | undefined {
  const scores = Object.entries(result.category_scores ?? {}).filter((entry): entry is [string, number] => Number.isFinite(entry[1]));
  if (scores.length === 0 && result.flagged === undefined) return undefined;
  const score = scores.length > 0 ? Math.min(1, Math.max(0, ...scores.map(([, value]) => value))) : result.flagged ? 1 : 0;
  const names = result.categories
    ? Object.entries(result.categories).filter(([, flagged]) => flagged === true).map(([name]) => name)
    : scores.filter(([, value]) => value >= 0.5).map(([name]) => name);
  const types = new Set<string>();
  for (const name of names) for (const type of mapModerationCategory(name)) types.add(type);
  return { score, types: [...types] };
}

/**
 * An adapter that asks an OpenAI-moderation-compatible endpoint (`POST {baseUrl}/moderations`)
 * about a text, for the content-safety detector.
 * @example
 * const moderation = createModerationAdapter({ type: 'moderation', baseUrl: 'https://api.openai.com/v1', apiKeyEnv: 'OPENAI_API_KEY', timeoutMs: 30_000 }, { env: process.env });
 */
export function createModerationAdapter(config: ModerationConfig, options: CreateAdapterOptions = {}): EscalationAdapter {
  const endpoint: JsonEndpoint = {
    adapter: 'moderation',
    url: `${config.baseUrl}/moderations`,
    apiKey: resolveApiKey('moderation', config.apiKeyEnv, options),
    timeoutMs: config.timeoutMs,
    fetch: options.fetch ?? fetch,
  };
  return {
    id: 'moderation',
    async check(request: EscalationRequest): Promise<EscalationVerdict> {
      if (request.detector !== 'content-safety') {
        throw new VouchError('VOUCH_CONFIG_INVALID', `moderation: a moderation endpoint judges content safety, not "${request.detector}"`, {
          fix: 'Escalate prompt-injection to an llm-judge or onnx adapter instead.',
        });
      }
      const body = config.model === undefined ? { input: request.text } : { input: request.text, model: config.model };
      const answer = await postJson(endpoint, body, request.signal);
      const parsed = moderationResponseSchema.safeParse(answer);
      const reading = parsed.success ? readModerationResult(parsed.data.results[0]!) : undefined;
      if (!parsed.success || reading === undefined) {
        throw targetFailed({ adapter: 'moderation', target: `POST ${endpoint.url}` }, `unparseable answer (expected results[0] with category_scores or flagged): ${snippet(JSON.stringify(answer))}`, {
          fix: 'Point baseUrl at an OpenAI-moderation-compatible API.',
        });
      }
      const model = parsed.data.model ?? config.model ?? 'moderation';
      return { ...reading, model: `${model}@${config.baseUrl}` };
    },
  };
}
