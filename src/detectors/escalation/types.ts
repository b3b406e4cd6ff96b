import { z } from 'zod';

/** The detectors whose uncertain scores can be escalated. */
export const escalationDetectors = ['prompt-injection', 'content-safety'] as const;
export type EscalationDetector = (typeof escalationDetectors)[number];

export interface EscalationRequest {
  text: string;
  /** 'prompt-injection' | 'content-safety' (the detector whose score is uncertain). */
  detector: string;
  stage: 'input' | 'output';
  localScore: number;
  /** Aborted when the policy's latency budget runs out: adapters must stop and reject promptly. */
  signal: AbortSignal;
}

export interface EscalationVerdict {
  /** Probability in [0, 1] that the text is an attack / unsafe, by this adapter. */
  score: number;
  /** Technique or category names the adapter reports, in Vouch's UPPER_SNAKE names where it can map them. */
  types: string[];
  /** What answered: model name, endpoint; recorded with results. */
  model: string;
}

/** A stronger second opinion asked when a local detector's score is uncertain. */
export interface EscalationAdapter {
  readonly id: string;
  check(request: EscalationRequest): Promise<EscalationVerdict>;
}

/** What `createAdapter` takes besides the config: the environment (for API keys) and a fetch to use. */
export interface CreateAdapterOptions {
  /** Read for `apiKeyEnv`; pass `process.env` from CLI or server startup. Default: empty. */
  env?: Record<string, string | undefined>;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
}

const httpUrlSchema = z
  .url({ protocol: /^https?$/, error: 'expected an http(s) URL such as "http://127.0.0.1:8000/v1"' })
  .transform((url) => url.replace(/\/+$/, ''));

const envNameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the NAME of an environment variable (e.g. "OPENAI_API_KEY"), never the key itself');

const timeoutSchema = z
  .number()
  .int()
  .positive()
  .default(30_000)
  .describe('Upper bound on one call in milliseconds, on top of the request signal.');

const rubricTextSchema = z.string().min(1);

export const llmJudgeConfigSchema = z
  .object({
    type: z.literal('llm-judge'),
    baseUrl: httpUrlSchema.describe('OpenAI-compatible API root; POST {baseUrl}/chat/completions is called.'),
    model: z.string().min(1).describe('Model name sent in the request.'),
    apiKeyEnv: envNameSchema.optional().describe('Name of the environment variable holding the API key (sent as a Bearer token).'),
    rubric: z
      .union([
        rubricTextSchema,
        z.object({ 'prompt-injection': rubricTextSchema.optional(), 'content-safety': rubricTextSchema.optional() }).strict(),
      ])
      .optional()
      .describe('System prompt replacing the built-in rubric: one for every detector, or one per detector.'),
    maxTokens: z.number().int().min(1).max(32_768).default(256).describe('max_tokens of the answer.'),
    timeoutMs: timeoutSchema,
  })
  .strict();

export const moderationConfigSchema = z
  .object({
    type: z.literal('moderation'),
    baseUrl: httpUrlSchema.describe('OpenAI-compatible API root; POST {baseUrl}/moderations is called.'),
    model: z.string().min(1).optional().describe('Moderation model name; the server default when absent.'),
    apiKeyEnv: envNameSchema.optional().describe('Name of the environment variable holding the API key (sent as a Bearer token).'),
    timeoutMs: timeoutSchema,
  })
  .strict();

export const onnxClassifierConfigSchema = z
  .object({
    type: z.literal('onnx'),
    directory: z.string().min(1).describe('Directory with model.onnx (or onnx/model.onnx), tokenizer.json and config.json.'),
    positiveLabels: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('id2label names that count as attack/unsafe; default: every label not named like SAFE, BENIGN, LEGIT or NEGATIVE.'),
    maxLength: z.number().int().min(3).max(8192).default(512).describe('Tokens per text, [CLS] and [SEP] included; longer texts are truncated.'),
  })
  .strict();

export type LlmJudgeConfig = z.output<typeof llmJudgeConfigSchema>;
export type ModerationConfig = z.output<typeof moderationConfigSchema>;
export type OnnxClassifierConfig = z.output<typeof onnxClassifierConfigSchema>;
export type AdapterConfig = LlmJudgeConfig | ModerationConfig | OnnxClassifierConfig;
/** An adapter config as written, before defaults. */
export type AdapterConfigInput = z.input<typeof adapterConfigSchema>;

/** Any adapter config, discriminated on `type`; strict, with defaults filled in. */
export const adapterConfigSchema = z.discriminatedUnion('type', [llmJudgeConfigSchema, moderationConfigSchema, onnxClassifierConfigSchema]);
