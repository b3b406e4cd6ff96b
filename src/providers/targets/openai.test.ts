import { afterEach, describe, expect, it } from 'vitest';
import { startChatServer, type ChatServer } from '../testing/chat-server.js';
import type { TargetContext } from '../types.js';
import { openaiConfigSchema, openaiTarget, parseCompletion } from './openai.js';

const context: TargetContext = { cwd: process.cwd(), env: { TEST_OPENAI_KEY: 'sk-test-123' } };
let server: ChatServer | undefined;
afterEach(async () => server?.close());

async function target(extra: Record<string, unknown> = {}) {
  server = await startChatServer();
  const config = openaiConfigSchema.parse({ type: 'openai', baseUrl: server.baseUrl, model: 'bot-1', apiKeyEnv: 'TEST_OPENAI_KEY', backoffMs: 1, ...extra });
  return openaiTarget.create(config, context);
}

describe('openai target', () => {
  it('sends a chat completion and reads the answer, model and usage', async () => {
    const response = await (await target({ temperature: 0, maxTokens: 50 })).send({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'hello there' },
      ],
    });
    expect(response).toMatchObject({ output: 'Answer: hello there', model: 'bot-1', attempts: 1, usage: { inputTokens: 4, outputTokens: 3 } });
    expect(response.latencyMs).toBeGreaterThan(0);
    const sent = server!.requests[0]!;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe('Bearer sk-test-123');
    expect(sent.body).toEqual({
      model: 'bot-1',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'hello there' },
      ],
      temperature: 0,
      max_tokens: 50,
    });
  });

  it('round-trips tools: definitions out, tool calls back, results in the next turn', async () => {
    const chat = await target();
    const tools = [{ name: 'get_weather', description: 'Weather by city', parameters: { type: 'object', properties: { city: { type: 'string' } } } }];
    const first = await chat.send({ messages: [{ role: 'user', content: 'CALL_TOOL get_weather' }], tools });
    expect(first.output).toBe('');
    expect(first.toolCalls).toEqual([{ id: 'call_get_weather', name: 'get_weather', arguments: '{}' }]);
    expect((server!.requests[0]!.body as { tools: unknown }).tools).toEqual([{ type: 'function', function: tools[0] }]);
    await chat.send({
      messages: [
        { role: 'user', content: 'CALL_TOOL get_weather' },
        { role: 'assistant', content: '', toolCalls: first.toolCalls! },
        { role: 'tool', content: 'sunny', toolCallId: 'call_get_weather' },
      ],
    });
    expect((server!.requests[1]!.body as { messages: unknown[] }).messages.slice(1)).toEqual([
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_get_weather', type: 'function', function: { name: 'get_weather', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'call_get_weather', content: 'sunny' },
    ]);
  });

  it('rejects a response without choices[0].message clearly', () => {
    expect(() => parseCompletion({ error: 'weird' }, 'openai:x')).toThrow('openai:x: the response has no choices[0].message: {"error":"weird"}');
    expect(parseCompletion({ choices: [{ message: { content: 'hi', extra: 1 } }], extra: true }, 'x')).toEqual({ output: 'hi' });
  });

  it('fails at creation when the named key variable is unset', () => {
    const config = openaiConfigSchema.parse({ type: 'openai', model: 'm', apiKeyEnv: 'MISSING_KEY' });
    expect(() => openaiTarget.create(config, { cwd: '.', env: {} })).toThrow(/MISSING_KEY, which is not set/);
  });

  it('spaces calls when rateLimit is set', async () => {
    const chat = await target({ rateLimit: 10 });
    const started = performance.now();
    await Promise.all([1, 2, 3].map((index) => chat.send({ messages: [{ role: 'user', content: `m${index}` }] })));
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(server!.requests).toHaveLength(3);
  });

  it('retries a 429 through the target and reports attempts = 2', async () => {
    const chat = await target();
    server!.fail('rate-limit');
    const response = await chat.send({ messages: [{ role: 'user', content: 'again' }] });
    expect(response).toMatchObject({ output: 'Answer: again', attempts: 2 });
  });
});
