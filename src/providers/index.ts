import { z } from 'zod';
import { VouchError } from '../core/errors.js';
import { hashJson } from '../core/hash.js';
import { createRegistry } from '../core/registry.js';
import { anthropicConfigSchema, anthropicTarget } from './targets/anthropic.js';
import { commandConfigSchema, commandTarget } from './targets/command.js';
import { createGuardedKind } from './targets/guarded.js';
import { httpConfigSchema, httpTarget } from './targets/http.js';
import { moduleConfigSchema, moduleTarget } from './targets/module.js';
import { openaiConfigSchema, openaiTarget } from './targets/openai.js';
import type { Target, TargetContext, TargetKind } from './types.js';

const guardedTarget = createGuardedKind(() => ({ schema: targetConfigSchema, create: createTarget }));

/** Every target kind, by id. */
export const targetKinds = createRegistry<TargetKind>('target', [openaiTarget, anthropicTarget, httpTarget, moduleTarget, commandTarget, guardedTarget]);

/** Any target config: a union of the kinds' schemas, told apart by `type`. */
export const targetConfigSchema = z.discriminatedUnion('type', [
  openaiConfigSchema,
  anthropicConfigSchema,
  httpConfigSchema,
  moduleConfigSchema,
  commandConfigSchema,
  guardedTarget.configSchema,
]);

export type TargetConfig = z.infer<typeof targetConfigSchema>;

function formatPath(where: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`), where);
}

/** The issue's location; an unknown key is named in the path itself ("target.baseURL"). */
function issuePath(where: string, issue: z.core.$ZodIssue): string {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
  return formatPath(where, [...issue.path, ...keys]);
}

function fixFor(path: string, issue: z.core.$ZodIssue): string {
  const types = targetKinds.ids.join(', ');
  if (issue.code === 'invalid_union' || (issue.path.length === 0 && issue.code === 'invalid_type')) return `Set ${path} to a target with a type among: ${types}.`;
  if (issue.code === 'unrecognized_keys') return `Remove ${path} or correct its spelling (keys are camelCase, e.g. baseUrl, apiKeyEnv).`;
  return `Fix ${path} (valid target types: ${types}).`;
}

/**
 * Validates a target config; problems throw VOUCH_CONFIG_INVALID as `${where}.${path}: message`.
 * @example
 * const config = parseTargetConfig({ type: 'openai', model: 'gpt-4o-mini' }, 'suite.target');
 */
export function parseTargetConfig(config: unknown, where = 'target'): TargetConfig {
  const parsed = targetConfigSchema.safeParse(config);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issuePath(where, issue);
  const message = parsed.error.issues.map((each) => `${issuePath(where, each)}: ${each.message}`).join('; ');
  throw new VouchError('VOUCH_CONFIG_INVALID', message, { path, fix: fixFor(path, issue) });
}

/**
 * Validates a target config and creates the target of its kind.
 * @example
 * const target = createTarget({ type: 'openai', baseUrl: 'http://127.0.0.1:8080/v1', model: 'bot' }, { cwd: process.cwd(), env: {} });
 * const response = await target.send({ messages: [{ role: 'user', content: 'hi' }] });
 */
export function createTarget(config: unknown, context: TargetContext, where = 'target'): Target {
  const parsed = parseTargetConfig(config, where);
  return targetKinds.get(parsed.type).create(parsed, context);
}

/** sha256 of the parsed (defaults applied) config's canonical JSON: what a run records as its target. */
export function targetConfigHash(config: unknown): string {
  return hashJson(parseTargetConfig(config));
}
