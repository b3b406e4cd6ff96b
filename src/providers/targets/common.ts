import { z } from 'zod';
import { VouchError, toVouchError } from '../../core/errors.js';
import { createRateLimiter } from '../rate-limiter.js';
import type { ChatMessage, ChatRequest, ChatResponse, SendOptions, Target, ToolCall } from '../types.js';
import { abortedError } from '../wait.js';

/** Settings every target kind accepts; defaults live here. */
export const commonTargetShape = {
  /** A short name for reports (default: kind and model, path or command). */
  label: z.string().min(1).optional(),
  /** Per attempt, in milliseconds. */
  timeoutMs: z.number().int().positive().default(30_000),
  /** Attempts after the first one when a call fails in a way that may pass. */
  retries: z.number().int().min(0).max(10).default(3),
  /** First retry delay in milliseconds; it doubles per attempt, plus jitter. */
  backoffMs: z.number().int().min(0).default(250),
  /** Requests per second this target instance sends at most. */
  rateLimit: z.number().positive().optional(),
};

/** A string-to-string record of extra HTTP headers. */
export const headersSchema = z.record(z.string(), z.string());

/** What a kind's call returns; the wrapper adds the wall time. */
export type TargetAnswer = Omit<ChatResponse, 'latencyMs'>;

export interface TargetParts {
  kind: string;
  label: string;
  rateLimit?: number | undefined;
  call(request: ChatRequest, signal: AbortSignal | undefined): Promise<TargetAnswer>;
  close?(): Promise<void>;
}

/**
 * Builds a Target around a kind's `call`: waits for the rate limiter, measures wall time, and
 * turns anything unexpected into VOUCH_TARGET_FAILED naming the label.
 * @example
 * return defineTarget({ kind: 'openai', label, rateLimit: config.rateLimit, call: (request, signal) => ask(request, signal) });
 */
export function defineTarget(parts: TargetParts): Target {
  const limiter = parts.rateLimit === undefined ? undefined : createRateLimiter(parts.rateLimit, { label: parts.label });
  return {
    kind: parts.kind,
    label: parts.label,
    async send(request: ChatRequest, options: SendOptions = {}): Promise<ChatResponse> {
      if (options.signal?.aborted) throw abortedError(parts.label);
      await limiter?.acquire(options.signal);
      const started = performance.now();
      try {
        const answer = await parts.call(request, options.signal);
        return { ...answer, latencyMs: Math.round((performance.now() - started) * 1000) / 1000 };
      } catch (error) {
        if (error instanceof VouchError) throw error;
        throw new VouchError('VOUCH_TARGET_FAILED', `${parts.label}: ${toVouchError(error).message}`, { cause: error });
      }
    },
    ...(parts.close ? { close: parts.close } : {}),
  };
}

/** The content of the last user message ('' when there is none). */
export function lastUserMessage(messages: readonly ChatMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index]!;
    if (message.role === 'user') return message.content;
  }
  return '';
}

/** The system messages' contents joined by blank lines ('' when there are none). */
export function systemPrompt(messages: readonly ChatMessage[]): string {
  return messages
    .filter((message) => message.role === 'system')
    .map((message) => message.content)
    .join('\n\n');
}

/** Reads an API key from the context's environment; a named but unset variable is a config error. */
export function readApiKey(variable: string | undefined, env: Readonly<Record<string, string | undefined>>, kind: string): string | undefined {
  if (variable === undefined) return undefined;
  const value = env[variable];
  if (value === undefined || value === '') {
    throw new VouchError('VOUCH_CONFIG_INVALID', `${kind} target: apiKeyEnv names ${variable}, which is not set in the environment`, {
      path: 'apiKeyEnv',
      fix: `Set ${variable} in the environment, or remove apiKeyEnv for a target that needs no key.`,
    });
  }
  return value;
}

/** Tool calls as a module or command target may return them: checked loosely. */
export const toolCallsSchema = z.array(z.object({ id: z.string(), name: z.string(), arguments: z.string() }).loose());

/** A module's or command's answer: plain text, or `{ output, toolCalls? }`. */
export const scriptAnswerSchema = z.union([z.string(), z.object({ output: z.string(), toolCalls: toolCallsSchema.optional() }).loose()]);

/** The answer of a module or command as a TargetAnswer. */
export function fromScriptAnswer(answer: z.infer<typeof scriptAnswerSchema>): TargetAnswer {
  if (typeof answer === 'string') return { output: answer };
  const toolCalls: ToolCall[] | undefined = answer.toolCalls?.map((call) => ({ id: call.id, name: call.name, arguments: call.arguments }));
  return { output: answer.output, ...(toolCalls && toolCalls.length > 0 ? { toolCalls } : {}) };
}
