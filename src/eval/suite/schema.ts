import { z } from 'zod';
import { targetConfigSchema } from '../../providers/index.js';
import { scorerConfigSchema } from '../scorers/index.js';

const tagSchema = z.string().regex(/^[A-Za-z0-9][\w.:/-]*$/, 'a tag is letters, digits and . _ : / - (no spaces)');
const varsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String));

const messageSchema = z
  .object({
    role: z.enum(['system', 'user', 'assistant']),
    content: z.string(),
  })
  .strict();

/** Settings a case may carry, inline or on a line of a cases file. */
const caseFields = {
  /** Unique within the suite; default: where the case was written (`cases.jsonl#3`). */
  id: z.string().min(1).optional(),
  /** The user message (a template: `{{var}}` is replaced by the case's variables). */
  input: z.string().optional(),
  /** Multi-turn: user messages sent one after another, each after the target answered the last. */
  turns: z.array(z.string().min(1)).min(1).optional(),
  /** A fixed conversation before the input (few-shot examples, an earlier exchange). */
  messages: z.array(messageSchema).optional(),
  vars: varsSchema.optional(),
  tags: z.array(tagSchema).optional(),
  /** The expected answer, for equals and similarity scorers. */
  expected: z.string().optional(),
  /** Overrides the suite's system prompt for this case. */
  system: z.string().optional(),
  repeat: z.number().int().min(1).max(1000).optional(),
  scorers: z.array(scorerConfigSchema).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
};

/** One case as written in a suite or on a line of a JSONL/YAML cases file. */
export const caseSchema = z.object(caseFields).strict();

/** Cases read from a file (JSONL, CSV, YAML or JSON), with tags added to each. */
export const caseFileSchema = z
  .object({
    file: z.string().min(1),
    tags: z.array(tagSchema).optional(),
    vars: varsSchema.optional(),
  })
  .strict();

/**
 * An evaluation suite (YAML or JSON). Only `name`, a target and cases are required.
 * @example
 * name: support-bot
 * target: { type: openai, baseUrl: http://127.0.0.1:8080/v1, model: bot-v1 }
 * cases:
 *   - file: cases.jsonl
 * scorers:
 *   - { type: refusal, expect: true, tags: [jailbreak] }
 */
export const suiteSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    /** One target, or `targets` for several (every case runs against each). */
    target: targetConfigSchema.optional(),
    targets: z.array(targetConfigSchema).min(1).optional(),
    /** Cases run at once (per suite, across targets). */
    concurrency: z.number().int().min(1).max(1024).default(8),
    /** Runs of every case (a case's own `repeat` wins). */
    repeat: z.number().int().min(1).max(1000).default(1),
    /** The system prompt (a template); `{{canary}}` plants the case's canary in it. */
    system: z.string().optional(),
    /** How a case's input becomes the user message; default `{{input}}`. */
    prompt: z.string().default('{{input}}'),
    /** Variables every case sees (a case's own win). */
    vars: varsSchema.default({}),
    cases: z.array(z.union([caseFileSchema, caseSchema])).min(1),
    /** Scorers for every case, or for the cases carrying one of their `tags`. */
    scorers: z.array(scorerConfigSchema).default([]),
    /** Lowest pass rate per tag (`overall` for all cases); below it the run fails (exit 1). */
    thresholds: z.record(z.string(), z.number().min(0).max(1)).default({}),
  })
  .strict()
  .refine((suite) => (suite.target === undefined) !== (suite.targets === undefined), {
    message: 'give exactly one of `target` or `targets`',
    path: ['target'],
  });

export type SuiteFile = z.output<typeof suiteSchema>;
export type CaseInput = z.output<typeof caseSchema>;
