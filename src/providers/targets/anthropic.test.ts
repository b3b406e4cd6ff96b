import { afterEach, describe, expect, it } from 'vitest';
import { startChatServer, type ChatServer } from '../testing/chat-server.js';
import { anthropicConfigSchema, anthropicTarget, parseAnthropicMessage } from './anthropic.js';

let server: ChatServer | undefined;
afterEach(async () => server?.close());

async function target() {
  server = await startChatServer();
  const config = anthropicConfigSchema.parse({ type: 'anthropic', baseUrl: server.baseUrl, model: 'claude-test', apiKeyEnv: 'KEY', backoffMs: 1 });
  return anthropicTarget.create(config, { cwd: '.', env: { KEY: 'ak-1' } });
}

describe('anthropic target', () => {
  it('sends the system prompt top-level with headers and max_tokens', async () => {
    const response = await (await target()).send({
      messages: [
        { role: 'system', content: 'Secret: vouch-canary-abc' },
        { role: 'user', content: 'REPEAT_SYSTEM please' },
      ],
    });
    expect(response).toMatchObject({ output: 'Secret: vouch-canary-abc', model: 'claude-test', attempts: 1 });
    const sent = server!.requests[0]!;
    expect(sent.path).toBe('/v1/messages');
    expect(sent.headers['x-api-key']).toBe('ak-1');
    expect(sent.headers['anthropic-version']).toBe('2023-06-01');
    expect(sent.body).toEqual({
      model: 'claude-test',
      max_tokens: 1024,
      system: 'Secret: vouch-canary-abc',
      messages: [{ role: 'user', content: 'REPEAT_SYSTEM please' }],
    });
  });

  it('round-trips tools: input_schema out, tool_use back, tool_result in the next turn', async () => {
    const chat = await target();
    const tools = [{ name: 'search', description: 'Search docs', parameters: { type: 'object', properties: { q: { type: 'string' } } } }];
    const first = await chat.send({ messages: [{ role: 'user', content: 'CALL_TOOL search' }], tools });
    expect(first.output).toBe('');
    expect(first.toolCalls).toEqual([{ id: 'toolu_search', name: 'search', arguments: '{}' }]);
    expect((server!.requests[0]!.body as { tools: unknown }).tools).toEqual([{ name: 'search', description: 'Search docs', input_schema: tools[0]!.parameters }]);
    await chat.send({
      messages: [
        { role: 'user', content: 'CALL_TOOL search' },
        { role: 'assistant', content: 'Looking.', toolCalls: [{ id: 'toolu_search', name: 'search', arguments: '{"q":"x"}' }] },
        { role: 'tool', content: 'found it', toolCallId: 'toolu_search' },
      ],
    });
    expect((server!.requests[1]!.body as { messages: unknown[] }).messages.slice(1)).toEqual([
      { role: 'assistant', content: [{ type: 'text', text: 'Looking.' }, { type: 'tool_use', id: 'toolu_search', name: 'search', input: { q: 'x' } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_search', content: 'found it' }] },
    ]);
  });

  it('joins text blocks, skips unknown blocks, and rejects a body without content', () => {
    const json = { content: [{ type: 'text', text: 'a' }, { type: 'thinking', thinking: '…' }, { type: 'text', text: 'b' }], usage: { input_tokens: 3, output_tokens: 2 } };
    expect(parseAnthropicMessage(json, 'x')).toEqual({ output: 'ab', usage: { inputTokens: 3, outputTokens: 2 } });
    expect(() => parseAnthropicMessage({ type: 'error' }, 'anthropic:y')).toThrow(/^anthropic:y: the response has no content blocks/);
  });
});
