import { z } from 'zod';
import { VouchError, isVouchError } from '../../core/errors.js';
import { createRegistry } from '../../core/registry.js';
import type { ScoreFunction, ScorerConfig, ScorerContext, ScorerKind } from '../types.js';
import { canaryLeakScorer } from './canary-leak.js';
import { containsScorer } from './contains.js';
import { contentSafetyScorer } from './content-safety.js';
import type { DefinedScorer } from './define.js';
import { equalsScorer } from './equals.js';
import { icontainsScorer } from './icontains.js';
import { injectionSuccessScorer } from './injection-success.js';
import { jsonSchemaScorer } from './json-schema.js';
import { latencyScorer } from './latency.js';
import { llmJudgeScorer } from './llm-judge.js';
import { notContainsScorer } from './not-contains.js';
import { notIcontainsScorer } from './not-icontains.js';
import { piiLeakScorer } from './pii-leak.js';
import { refusalScorer } from './refusal.js';
import { regexScorer } from './regex.js';
import { secretLeakScorer } from './secret-leak.js';
import { similarityScorer } from './similarity.js';

/** Every scorer kind. Add one: a file named after its id, a test beside it, and one line here. */
const definedScorers: readonly DefinedScorer[] = [
  equalsScorer,
  containsScorer,
  notContainsScorer,
  icontainsScorer,
  notIcontainsScorer,
  regexScorer,
  jsonSchemaScorer,
  refusalScorer,
  piiLeakScorer,
  secretLeakScorer,
  canaryLeakScorer,
  contentSafetyScorer,
  injectionSuccessScorer,
  llmJudgeScorer,
  similarityScorer,
  latencyScorer,
];

export const scorerKinds = createRegistry<ScorerKind>('scorer', definedScorers);

const tagsSchema = z.array(z.string().min(1)).optional().describe('Only for cases carrying at least one of these tags.');

const entrySchemas: z.ZodObject[] = definedScorers.map((kind) => kind.configSchema.extend({ type: z.literal(kind.id), tags: tagsSchema }).describe(kind.description));

/**
 * A scorer as written in a suite (`type`, optional `tags`, the kind's own strict settings with
 * their defaults applied): a zod discriminated union over every kind, typed as a ScorerConfig.
 */
export const scorerConfigSchema = z.discriminatedUnion('type', entrySchemas as [z.ZodObject, ...z.ZodObject[]]) as unknown as z.ZodType<ScorerConfig>;

/** JSON Schema (draft 2020-12) of one suite scorer entry, for the suite schema. */
export function scorerConfigJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scorerConfigSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** A scorer ready to run: the tags it applies to (all cases when absent) and its score function. */
export interface CompiledScorer {
  tags?: string[];
  score: ScoreFunction;
}

function issuePath(where: string, issue: z.core.$ZodIssue): string {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const path = [...issue.path.map(String), ...(keys.length === 1 ? keys : [])];
  return path.length === 0 ? where : `${where}.${path.join('.')}`;
}

function invalidSettings(where: string, kind: ScorerKind, error: z.ZodError): VouchError {
  const issue = error.issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? error.issues[0]!;
  const path = issuePath(where, issue);
  const allowed = kind.configSchema instanceof z.ZodObject ? Object.keys(kind.configSchema.shape) : [];
  const fix = issue.code === 'unrecognized_keys' ? `Remove it; ${kind.id} takes: ${['type', 'tags', ...allowed].join(', ')}.` : `See the ${kind.id} scorer's settings: ${allowed.join(', ') || '(none)'}.`;
  return new VouchError('VOUCH_CONFIG_INVALID', `${path}: ${issue.message}`, { path, fix });
}

function unknownType(where: string, type: unknown): VouchError {
  const available = scorerKinds.ids.join(', ');
  return new VouchError('VOUCH_CONFIG_INVALID', `${where}.type: unknown scorer ${JSON.stringify(type)}; available: ${available}`, { path: `${where}.type`, fix: `Use one of: ${available}.` });
}

/**
 * Validates a suite's scorer entry against its kind's strict settings and builds it; `where`
 * names the entry in messages ("suite.yaml scorers[2]").
 * @example
 * const { score } = compileScorer({ type: 'contains', value: 'Paris' }, context, 'suite.yaml scorers[0]');
 */
export function compileScorer(config: ScorerConfig, context: ScorerContext, where: string): CompiledScorer {
  const { type, tags, ...settings } = config;
  if (typeof type !== 'string' || !scorerKinds.has(type)) throw unknownType(where, type);
  const parsedTags = tagsSchema.safeParse(tags);
  if (!parsedTags.success) throw new VouchError('VOUCH_CONFIG_INVALID', `${where}.tags: expected a list of tag names`, { path: `${where}.tags`, fix: 'Write tags as a list of strings, e.g. [safety, pii].' });
  const kind = scorerKinds.get(type);
  const parsed = kind.configSchema.safeParse(settings);
  if (!parsed.success) throw invalidSettings(where, kind, parsed.error);
  let score: ScoreFunction;
  try {
    score = kind.create(parsed.data, context);
  } catch (error) {
    if (isVouchError(error) && error.code === 'VOUCH_CONFIG_INVALID' && error.path !== undefined && !error.path.startsWith(where)) {
      const message = error.message.replace(/^[\w-]+(?:\.[\w-]+)*: /, '');
      throw new VouchError(error.code, `${where}.${error.path}: ${message}`, { path: `${where}.${error.path}`, ...(error.fix ? { fix: error.fix } : {}), cause: error });
    }
    throw error;
  }
  return { ...(parsedTags.data ? { tags: parsedTags.data } : {}), score };
}
