import type { z } from 'zod';
import { VouchError } from '../../core/errors.js';
import type { ScoreFunction, ScoreResult, ScorerContext } from '../types.js';

/**
 * A scorer kind whose settings are a strict zod object (so the suite schema can extend it with
 * `type` and `tags`); structurally a `ScorerKind`.
 */
export interface DefinedScorer<Schema extends z.ZodObject = z.ZodObject> {
  readonly id: string;
  readonly description: string;
  readonly configSchema: Schema;
  create(config: z.output<Schema>, context: ScorerContext): ScoreFunction;
}

/**
 * Declares a scorer kind, keeping its settings schema's exact type.
 * @example
 * export const latencyScorer = defineScorer({ id: 'latency', description: '…', configSchema, create: (config) => (input) => … });
 */
export function defineScorer<Schema extends z.ZodObject>(kind: DefinedScorer<Schema>): DefinedScorer<Schema> {
  return kind;
}

/** A ScoreResult with `value` 1 or 0 unless given, and details only when there are some. */
export function scoreResult(scorer: string, pass: boolean, reason: string, extra: { value?: number; details?: Record<string, unknown> } = {}): ScoreResult {
  const value = extra.value ?? (pass ? 1 : 0);
  return { scorer, pass, value: Math.min(1, Math.max(0, value)), reason, ...(extra.details ? { details: extra.details } : {}) };
}

/** A bad setting found while building a scorer; compileScorer prefixes the suite location to `path`. */
export function configError(path: string, message: string, fix: string): VouchError {
  return new VouchError('VOUCH_CONFIG_INVALID', message, { path, fix });
}

/** A short quoted preview of a text for reasons: at most `max` characters, newlines shown as spaces. */
export function preview(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

/** Rounds a score for reasons and details. */
export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
