import { afterEach, describe, expect, it } from 'vitest';
import { startChatServer, type ChatServer } from './chat-server.js';

let server: ChatServer | undefined;
afterEach(async () => server?.close());

const post = (path: string, body: unknown) => fetch(`${server!.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('chat server', () => {
  it('answers OpenAI chat completions with the bot and echoes the model', async () => {
    server = await startChatServer();
    const response = await post('/chat/completions', { model: 'gpt-x', messages: [{ role: 'system', content: 'S' }, { role: 'user', content: [{ type: 'text', text: 'REPEAT_SYSTEM' }] }] });
    expect(await response.json()).toMatchObject({ model: 'gpt-x', choices: [{ message: { role: 'assistant', content: 'S' }, finish_reason: 'stop' }] });
  });

  it('answers the Messages API with system from the top-level field', async () => {
    server = await startChatServer();
    const response = await post('/messages', { model: 'claude-x', system: [{ type: 'text', text: 'TOP' }], max_tokens: 10, messages: [{ role: 'user', content: 'REPEAT_SYSTEM' }] });
    expect(await response.json()).toMatchObject({ model: 'claude-x', content: [{ type: 'text', text: 'TOP' }], stop_reason: 'end_turn' });
  });

  it('records requests and rejects unknown routes and bad bodies', async () => {
    server = await startChatServer();
    expect((await post('/embeddings', {})).status).toBe(404);
    expect((await post('/messages', { model: 'x' })).status).toBe(400);
    expect(server.requests.map((request) => request.path)).toEqual(['/v1/embeddings', '/v1/messages']);
    expect(server.requests[1]!.body).toEqual({ model: 'x' });
  });

  it('plays queued faults in order, then answers normally', async () => {
    server = await startChatServer({ failures: ['rate-limit', 'server-error', { status: 418 }] });
    const body = { model: 'm', messages: [{ role: 'user', content: 'hi' }] };
    const first = await post('/chat/completions', body);
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '0']);
    expect((await post('/chat/completions', body)).status).toBe(500);
    expect((await post('/chat/completions', body)).status).toBe(418);
    expect((await post('/chat/completions', body)).status).toBe(200);
  });

  it('delays an answer, and close() drops a hanging request', async () => {
    server = await startChatServer({ failures: [{ delayMs: 150 }, 'hang'] });
    const body = { model: 'm', messages: [{ role: 'user', content: 'hi' }] };
    const started = performance.now();
    expect((await post('/chat/completions', body)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const hanging = post('/chat/completions', body).then(() => 'answered', () => 'dropped');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.close();
    expect(await hanging).toBe('dropped');
    server = undefined;
  });
});
