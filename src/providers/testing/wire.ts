import type { BotInput, BotReply } from './bot.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Text of a message content: a string, or the text parts of a content array. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .filter((part): part is Json => isRecord(part) && part.type === 'text' && typeof part.text === 'string')
    .map((part) => part.text as string)
    .join('');
}

function messagesOf(body: Json): Json[] {
  return Array.isArray(body.messages) ? body.messages.filter(isRecord) : [];
}

function lastUser(messages: readonly Json[]): string {
  const user = messages.findLast((message) => message.role === 'user');
  return user === undefined ? '' : contentText(user.content);
}

/** The bot's view of a chat-completions body. */
export function openaiBotInput(body: Json): BotInput {
  const messages = messagesOf(body);
  const system = messages.filter((message) => message.role === 'system' || message.role === 'developer').map((message) => contentText(message.content));
  const tools = Array.isArray(body.tools) ? body.tools.filter(isRecord).map((tool) => (isRecord(tool.function) ? String(tool.function.name) : '')) : [];
  return { system: system.join('\n\n'), message: lastUser(messages), tools };
}

/** The bot's view of a Messages API body. */
export function anthropicBotInput(body: Json): BotInput {
  const tools = Array.isArray(body.tools) ? body.tools.filter(isRecord).map((tool) => String(tool.name)) : [];
  return { system: contentText(body.system), message: lastUser(messagesOf(body)), tools };
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A chat completion carrying the bot's reply. */
export function openaiCompletion(reply: BotReply, model: string, input: BotInput): Json {
  const message =
    reply.kind === 'text'
      ? { role: 'assistant', content: reply.text }
      : { role: 'assistant', content: null, tool_calls: [{ id: `call_${reply.name}`, type: 'function', function: { name: reply.name, arguments: '{}' } }] };
  const completionTokens = reply.kind === 'text' ? countWords(reply.text) : 1;
  const promptTokens = countWords(`${input.system} ${input.message}`);
  return {
    id: 'chatcmpl-vouch-test',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message, finish_reason: reply.kind === 'text' ? 'stop' : 'tool_calls' }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}

/** A Messages API answer carrying the bot's reply. */
export function anthropicMessage(reply: BotReply, model: string, input: BotInput): Json {
  const content = reply.kind === 'text' ? [{ type: 'text', text: reply.text }] : [{ type: 'tool_use', id: `toolu_${reply.name}`, name: reply.name, input: {} }];
  return {
    id: 'msg_vouch_test',
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: reply.kind === 'text' ? 'end_turn' : 'tool_use',
    usage: { input_tokens: countWords(`${input.system} ${input.message}`), output_tokens: reply.kind === 'text' ? countWords(reply.text) : 1 },
  };
}
