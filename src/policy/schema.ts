import { z } from 'zod';
import { actions, severities } from '../core/types.js';
import { adapterConfigSchema } from '../detectors/escalation/index.js';

export const redactionOperators = ['mask', 'placeholder', 'hmac', 'pseudonymize'] as const;
export type RedactionOperator = (typeof redactionOperators)[number];

const regexSource = z.string().superRefine((source, context) => {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    context.addIssue({ code: 'custom', message: `not a valid regular expression: ${(error as Error).message}` });
  }
});

export const allowlistSchema = z
  .object({
    values: z.array(z.string().min(1)).default([]).describe('Exact matched texts that are never reported.'),
    patterns: z.array(regexSource).default([]).describe('Regular expressions (Unicode mode) tested against the matched text.'),
  })
  .strict();

const actionSchema = z.enum(actions);
const thresholdSchema = z.number().min(0).max(1);

export const entitySettingsSchema = z
  .object({
    enabled: z.boolean().optional(),
    action: actionSchema.optional(),
    threshold: thresholdSchema.optional(),
    severity: z.enum(severities).optional(),
    operator: z.enum(redactionOperators).optional(),
    keepLast: z.number().int().min(0).max(16).optional(),
  })
  .strict();

/**
 * Escalation of a learned detector to a stronger model: only when its local score falls in `band`
 * (uncertain), within `timeoutMs`; `onError` says what a failed or late answer means ("local"
 * keeps the local verdict, an action applies that action).
 */
export const escalationSchema = z
  .object({
    adapter: adapterConfigSchema.describe('The model to ask: { type: llm-judge | moderation | onnx, … }.'),
    band: z
      .tuple([thresholdSchema, thresholdSchema])
      .default([0.2, 0.9])
      .refine(([low, high]) => low < high, { message: 'band must be [low, high] with low < high' })
      .describe('Local scores in [low, high) are escalated; outside it the local verdict stands.'),
    timeoutMs: z.number().int().positive().max(120_000).default(2_000).describe('Latency budget for the escalated call.'),
    onError: z.union([z.literal('local'), actionSchema]).default('local').describe('What an adapter failure or timeout means: "local" (keep the local verdict) or an action.'),
  })
  .strict();

export type EscalationSettings = z.output<typeof escalationSchema>;

/** One rule: a detector, what to do with its findings, and per-entity overrides. */
export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case').optional().describe('Defaults to the detector id.'),
    detector: z.string().optional().describe('Detector id; defaults to the rule id.'),
    action: actionSchema.optional().describe('Action for findings at or above the threshold (default redact).'),
    threshold: thresholdSchema.optional().describe("Minimum score to act on (default: the detector's own, 0.5 for pattern detectors)."),
    model: z.string().min(1).optional().describe('Model file for a learned detector (prompt-injection, content-safety), relative to this policy file; written by `vouch train`.'),
    escalation: escalationSchema.optional().describe('Ask a stronger model when the learned detector is unsure (prompt-injection, content-safety).'),
    severity: z.enum(severities).optional(),
    onError: actionSchema.optional().describe('Action when the detector fails; defaults to block for block and redact rules.'),
    operator: z.enum(redactionOperators).optional().describe('Redaction operator (default placeholder).'),
    keepLast: z.number().int().min(0).max(16).optional().describe('Characters the mask operator keeps visible.'),
    entities: z
      .record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'entity names are UPPER_SNAKE_CASE'), z.union([z.boolean(), entitySettingsSchema]))
      .optional()
      .describe('Per-entity settings; `false` turns an entity off, `true` or an object turns it on.'),
    only: z.boolean().optional().describe('When true, only the entities listed under `entities` run.'),
    allowlist: allowlistSchema.partial().optional(),
  })
  .strict()
  .refine((rule) => rule.id !== undefined || rule.detector !== undefined, { message: 'a rule needs `detector` (or `id`)' });

const stageSchema = z.object({ rules: z.array(ruleSchema).default([]) }).strict();

/** A policy file as written: every field optional so that `extends` can override a few. */
export const policyFileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).default(1),
    name: z.string().min(1).optional(),
    description: z.string().optional(),
    extends: z.string().min(1).optional().describe('A policy file path (relative to this file) or "builtin:<name>".'),
    input: stageSchema.optional(),
    output: stageSchema.optional(),
    allowlist: allowlistSchema.partial().optional(),
    vault: z
      .object({
        ttlSeconds: z.number().int().positive().optional(),
        maxConversations: z.number().int().positive().optional(),
        maxEntriesPerConversation: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    limits: z.object({ maxInputChars: z.number().int().positive().optional() }).strict().optional(),
  })
  .strict();

export type PolicyFile = z.input<typeof policyFileSchema>;
export type RuleFile = z.input<typeof ruleSchema>;
export type EntitySettings = z.output<typeof entitySettingsSchema>;
