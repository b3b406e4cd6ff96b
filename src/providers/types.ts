import type { z } from 'zod';

/** One message of a chat conversation, provider-neutral. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
  /** Assistant messages: the tools the model called. */
  toolCalls?: ToolCall[];
  /** Tool messages: the call they answer. */
  toolCallId?: string;
}

/** A tool the model may call (OpenAI function-tool shape, provider-neutral). */
export interface ToolDefinition {
  name: string;
  description?: string;
  /** JSON Schema of the arguments. */
  parameters?: Record<string, unknown>;
}

/** A tool call the model made; `arguments` is the raw JSON string the model produced. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** What a target is asked: a conversation (system prompt included as a `system` message). */
export interface ChatRequest {
  messages: ChatMessage[];
  tools?: ToolDefinition[];
  temperature?: number;
  maxTokens?: number;
}

/** What a target answered. */
export interface ChatResponse {
  /** The assistant's text ('' when it only called tools). */
  output: string;
  toolCalls?: ToolCall[];
  /** The model that answered, as the provider reports it. */
  model?: string;
  usage?: { inputTokens?: number; outputTokens?: number };
  /** Wall time of the call including retries, in milliseconds. */
  latencyMs: number;
  /** How many attempts the call took (1 when the first succeeded). */
  attempts?: number;
  /** Guarded targets: what the guard decided (actions per stage). */
  guard?: { input?: string; output?: string; blocked: boolean };
}

/** Per-call options. */
export interface SendOptions {
  /** Aborts the call (and any retry wait); the promise rejects with a VouchError VOUCH_TARGET_FAILED. */
  signal?: AbortSignal;
}

/** A configured chat target: a model behind an API, a function, a command, or a guarded wrapper. */
export interface Target {
  /** The target kind's id ("openai", "anthropic", …). */
  readonly kind: string;
  /** A short label for reports: the config's `label`, else kind and model. */
  readonly label: string;
  /**
   * Sends one conversation. Infrastructure failures (after retries) reject with a VouchError
   * `VOUCH_TARGET_FAILED` whose message names the target and the cause.
   */
  send(request: ChatRequest, options?: SendOptions): Promise<ChatResponse>;
  /** Releases resources (child processes, sockets). */
  close?(): Promise<void>;
}

/** Where a target is created: for resolving relative paths (module, command) and reading keys. */
export interface TargetContext {
  /** Directory relative paths in the config are resolved against (the suite file's directory). */
  cwd: string;
  /** Environment for `apiKeyEnv`-style settings; never read process.env below src/cli. */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * A kind of target, one file each under src/providers/targets/. Its `configSchema` is a strict
 * zod object that includes `type: z.literal(id)`; defaults live in the schema.
 */
export interface TargetKind<Config extends { type: string } = { type: string }> {
  readonly id: string;
  readonly description: string;
  readonly configSchema: z.ZodType<Config>;
  create(config: Config, context: TargetContext): Target;
}
