import { z } from 'zod';
import { VouchError } from '../../core/errors.js';
import { postJson } from '../transport.js';
import type { ChatMessage, ChatRequest, TargetKind, ToolCall, ToolDefinition } from '../types.js';
import { commonTargetShape, defineTarget, headersSchema, readApiKey, type TargetAnswer } from './common.js';

export const openaiConfigSchema = z
  .object({
    type: z.literal('openai'),
    /** The API root; the target POSTs to `${baseUrl}/chat/completions`. */
    baseUrl: z.url({ protocol: /^https?$/ }).default('https://api.openai.com/v1'),
    model: z.string().min(1),
    /** Name of the environment variable holding the API key (sent as a Bearer token). */
    apiKeyEnv: z.string().min(1).optional(),
    temperature: z.number().min(0).max(2).optional(),
    maxTokens: z.number().int().positive().optional(),
    headers: headersSchema.default({}),
    ...commonTargetShape,
  })
  .strict();

export type OpenAIConfig = z.infer<typeof openaiConfigSchema>;

const toolCallSchema = z.object({ id: z.string().default(''), function: z.object({ name: z.string(), arguments: z.string().default('{}') }).loose() }).loose();

/** Upstream answers are parsed leniently: only what we read is checked. */
const completionSchema = z
  .object({
    model: z.string().optional(),
    choices: z.array(z.object({ message: z.object({ content: z.string().nullish(), tool_calls: z.array(toolCallSchema).nullish() }).loose() }).loose()).min(1),
    usage: z.object({ prompt_tokens: z.number().optional(), completion_tokens: z.number().optional() }).loose().nullish(),
  })
  .loose();

/** A conversation in the chat-completions wire format. */
export function toOpenAIMessages(messages: readonly ChatMessage[]): Record<string, unknown>[] {
  return messages.map((message) => {
    if (message.role === 'tool') return { role: 'tool', tool_call_id: message.toolCallId ?? '', content: message.content };
    if (message.role === 'assistant' && message.toolCalls && message.toolCalls.length > 0) {
      const toolCalls = message.toolCalls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } }));
      return { role: 'assistant', content: message.content === '' ? null : message.content, tool_calls: toolCalls };
    }
    return { role: message.role, content: message.content };
  });
}

/** Tools in the chat-completions wire format. */
export function toOpenAITools(tools: readonly ToolDefinition[]): Record<string, unknown>[] {
  return tools.map((tool) => ({
    type: 'function',
    function: { name: tool.name, ...(tool.description === undefined ? {} : { description: tool.description }), parameters: tool.parameters ?? { type: 'object', properties: {} } },
  }));
}

function requestBody(config: OpenAIConfig, request: ChatRequest): Record<string, unknown> {
  const temperature = request.temperature ?? config.temperature;
  const maxTokens = request.maxTokens ?? config.maxTokens;
  return {
    model: config.model,
    messages: toOpenAIMessages(request.messages),
    ...(request.tools && request.tools.length > 0 ? { tools: toOpenAITools(request.tools) } : {}),
    ...(temperature === undefined ? {} : { temperature }),
    ...(maxTokens === undefined ? {} : { max_tokens: maxTokens }),
  };
}

/** Reads a chat completion; a body without `choices[0].message` is a target failure. */
export function parseCompletion(json: unknown, label: string): TargetAnswer {
  const parsed = completionSchema.safeParse(json);
  if (!parsed.success) {
    throw new VouchError('VOUCH_TARGET_FAILED', `${label}: the response has no choices[0].message: ${JSON.stringify(json).slice(0, 200)}`, {
      fix: 'Point baseUrl at an OpenAI-compatible API root (the URL before /chat/completions).',
    });
  }
  const message = parsed.data.choices[0]!.message;
  const toolCalls: ToolCall[] = (message.tool_calls ?? []).map((call) => ({ id: call.id, name: call.function.name, arguments: call.function.arguments }));
  const usage = parsed.data.usage;
  return {
    output: message.content ?? '',
    ...(toolCalls.length > 0 ? { toolCalls } : {}),
    ...(parsed.data.model === undefined ? {} : { model: parsed.data.model }),
    ...(usage ? { usage: { inputTokens: usage.prompt_tokens, outputTokens: usage.completion_tokens } } : {}),
  };
}

/**
 * An OpenAI-compatible chat-completions API (OpenAI, vLLM, Ollama, LiteLLM, …).
 * @example
 * const target = openaiTarget.create(openaiConfigSchema.parse({ type: 'openai', model: 'gpt-4o-mini', apiKeyEnv: 'OPENAI_API_KEY' }), context);
 */
export const openaiTarget: TargetKind<OpenAIConfig> = {
  id: 'openai',
  description: 'An OpenAI-compatible /chat/completions API, with function tools.',
  configSchema: openaiConfigSchema,
  create(config, context) {
    const apiKey = readApiKey(config.apiKeyEnv, context.env, 'openai');
    const label = config.label ?? `openai:${config.model}`;
    const url = `${config.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    const headers = { ...(apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` }), ...config.headers };
    return defineTarget({
      kind: 'openai',
      label,
      rateLimit: config.rateLimit,
      async call(request, signal) {
        const response = await postJson({ url, headers, body: requestBody(config, request), timeoutMs: config.timeoutMs, retries: config.retries, backoffMs: config.backoffMs, signal, label });
        return { ...parseCompletion(response.json, label), attempts: response.attempts };
      },
    });
  },
};
