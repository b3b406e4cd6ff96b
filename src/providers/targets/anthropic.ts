import { z } from 'zod';
import { VouchError } from '../../core/errors.js';
import { postJson } from '../transport.js';
import type { ChatMessage, ChatRequest, TargetKind, ToolCall } from '../types.js';
import { commonTargetShape, defineTarget, headersSchema, readApiKey, systemPrompt, type TargetAnswer } from './common.js';

export const anthropicConfigSchema = z
  .object({
    type: z.literal('anthropic'),
    /** The API root including `/v1`; the target POSTs to `${baseUrl}/messages`. */
    baseUrl: z.url({ protocol: /^https?$/ }).default('https://api.anthropic.com/v1'),
    model: z.string().min(1),
    /** Name of the environment variable holding the API key (sent as `x-api-key`). */
    apiKeyEnv: z.string().min(1).optional(),
    temperature: z.number().min(0).max(1).optional(),
    maxTokens: z.number().int().positive().default(1024),
    headers: headersSchema.default({}),
    ...commonTargetShape,
  })
  .strict();

export type AnthropicConfig = z.infer<typeof anthropicConfigSchema>;

/** A content block; only `text` and `tool_use` blocks are read, others are skipped. */
const blockSchema = z.object({ type: z.string(), text: z.unknown(), id: z.unknown(), name: z.unknown(), input: z.unknown() }).partial({ text: true, id: true, name: true, input: true }).loose();

const messageSchema = z
  .object({
    model: z.string().optional(),
    content: z.array(blockSchema),
    usage: z.object({ input_tokens: z.number().optional(), output_tokens: z.number().optional() }).loose().nullish(),
  })
  .loose();

function parseArguments(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

/** Non-system messages in the Messages API wire format (tool results travel as user turns). */
export function toAnthropicMessages(messages: readonly ChatMessage[]): Record<string, unknown>[] {
  return messages
    .filter((message) => message.role !== 'system')
    .map((message) => {
      if (message.role === 'tool') {
        return { role: 'user', content: [{ type: 'tool_result', tool_use_id: message.toolCallId ?? '', content: message.content }] };
      }
      if (message.role === 'assistant' && message.toolCalls && message.toolCalls.length > 0) {
        const text = message.content === '' ? [] : [{ type: 'text', text: message.content }];
        const uses = message.toolCalls.map((call) => ({ type: 'tool_use', id: call.id, name: call.name, input: parseArguments(call.arguments) }));
        return { role: 'assistant', content: [...text, ...uses] };
      }
      return { role: message.role, content: message.content };
    });
}

function requestBody(config: AnthropicConfig, request: ChatRequest): Record<string, unknown> {
  const system = systemPrompt(request.messages);
  const temperature = request.temperature ?? config.temperature;
  const tools = (request.tools ?? []).map((tool) => ({
    name: tool.name,
    ...(tool.description === undefined ? {} : { description: tool.description }),
    input_schema: tool.parameters ?? { type: 'object', properties: {} },
  }));
  return {
    model: config.model,
    max_tokens: request.maxTokens ?? config.maxTokens,
    messages: toAnthropicMessages(request.messages),
    ...(system === '' ? {} : { system }),
    ...(tools.length > 0 ? { tools } : {}),
    ...(temperature === undefined ? {} : { temperature }),
  };
}

/** Reads a Messages API answer: text blocks joined, `tool_use` blocks as tool calls. */
export function parseAnthropicMessage(json: unknown, label: string): TargetAnswer {
  const parsed = messageSchema.safeParse(json);
  if (!parsed.success) {
    throw new VouchError('VOUCH_TARGET_FAILED', `${label}: the response has no content blocks: ${JSON.stringify(json).slice(0, 200)}`, {
      fix: 'Point baseUrl at the Messages API root including /v1 (the URL before /messages).',
    });
  }
  const texts: string[] = [];
  const toolCalls: ToolCall[] = [];
  for (const block of parsed.data.content) {
    if (block.type === 'text' && typeof block.text === 'string') texts.push(block.text);
    if (block.type === 'tool_use' && typeof block.id === 'string' && typeof block.name === 'string') {
      toolCalls.push({ id: block.id, name: block.name, arguments: JSON.stringify(block.input ?? {}) });
    }
  }
  const usage = parsed.data.usage;
  return {
    output: texts.join(''),
    ...(toolCalls.length > 0 ? { toolCalls } : {}),
    ...(parsed.data.model === undefined ? {} : { model: parsed.data.model }),
    ...(usage ? { usage: { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens } } : {}),
  };
}

/**
 * Anthropic's Messages API: system messages go to the top-level `system` field.
 * @example
 * const target = anthropicTarget.create(anthropicConfigSchema.parse({ type: 'anthropic', model: 'claude-sonnet-4-5', apiKeyEnv: 'ANTHROPIC_API_KEY' }), context);
 */
export const anthropicTarget: TargetKind<AnthropicConfig> = {
  id: 'anthropic',
  description: "Anthropic's Messages API (/v1/messages), with tools.",
  configSchema: anthropicConfigSchema,
  create(config, context) {
    const apiKey = readApiKey(config.apiKeyEnv, context.env, 'anthropic');
    const label = config.label ?? `anthropic:${config.model}`;
    const url = `${config.baseUrl.replace(/\/+$/, '')}/messages`;
    const headers = { 'anthropic-version': '2023-06-01', ...(apiKey === undefined ? {} : { 'x-api-key': apiKey }), ...config.headers };
    return defineTarget({
      kind: 'anthropic',
      label,
      rateLimit: config.rateLimit,
      async call(request, signal) {
        const response = await postJson({ url, headers, body: requestBody(config, request), timeoutMs: config.timeoutMs, retries: config.retries, backoffMs: config.backoffMs, signal, label });
        return { ...parseAnthropicMessage(response.json, label), attempts: response.attempts };
      },
    });
  },
};
