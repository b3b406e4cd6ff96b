import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startChatServer, type ChatServer } from './testing/chat-server.js';
import { postJson, type PostJsonOptions } from './transport.js';

let server: ChatServer | undefined;
afterEach(async () => server?.close());

async function setup(failures: Parameters<typeof startChatServer>[0] = {}): Promise<PostJsonOptions> {
  server = await startChatServer(failures);
  const body = { model: 'm1', messages: [{ role: 'user', content: 'hello' }] };
  return { url: `${server.baseUrl}/chat/completions`, body, timeoutMs: 5000, retries: 3, backoffMs: 1, label: 'test-target' };
}

describe('postJson', () => {
  it('returns status, parsed JSON and one attempt on success', async () => {
    const response = await postJson(await setup());
    expect(response.status).toBe(200);
    expect(response.attempts).toBe(1);
    expect(response.json).toMatchObject({ model: 'm1', choices: [{ message: { content: 'Answer: hello' } }] });
    expect(response.latencyMs).toBeGreaterThan(0);
    expect(server!.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it('retries a 429 (Retry-After: 0) and succeeds on the second attempt', async () => {
    const response = await postJson(await setup({ failures: ['rate-limit'] }));
    expect(response.attempts).toBe(2);
    expect(server!.requests).toHaveLength(2);
  });

  it('exhausts its retries on 500 and names label, URL, status and body', async () => {
    const options = await setup({ failures: () => 'server-error' });
    const error = await postJson({ ...options, retries: 2 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'VOUCH_TARGET_FAILED' });
    const message = (error as Error).message;
    expect(message).toContain('test-target');
    expect(message).toContain(options.url);
    expect(message).toContain('HTTP 500');
    expect(message).toContain('internal error (test)');
    expect(message).toContain('after 3 attempts');
    expect(server!.requests).toHaveLength(3);
  });

  it('does not retry other 4xx', async () => {
    const options = await setup({ failures: [{ status: 401, body: { error: 'bad key' } }] });
    await expect(postJson(options)).rejects.toThrow(/HTTP 401: \{"error":"bad key"\} \(after 1 attempt\)/);
    expect(server!.requests).toHaveLength(1);
  });

  it('honours Retry-After seconds', async () => {
    const options = await setup({ failures: [{ status: 503, retryAfter: '1' }] });
    const started = performance.now();
    const response = await postJson(options);
    expect(response.attempts).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('times out a hanging server per attempt', async () => {
    const options = await setup({ failures: () => 'hang' });
    const started = performance.now();
    await expect(postJson({ ...options, timeoutMs: 200, retries: 1 })).rejects.toThrow(/timed out after 200 ms \(after 2 attempts\)/);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(3000);
  });

  it('rejects promptly when the caller aborts during a request', async () => {
    const options = await setup({ failures: () => 'hang' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    await expect(postJson({ ...options, timeoutMs: 10_000, signal: controller.signal })).rejects.toThrow('test-target: the call was aborted');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('rejects promptly when the caller aborts during a backoff wait', async () => {
    const options = await setup({ failures: () => 'server-error' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    await expect(postJson({ ...options, backoffMs: 20_000, signal: controller.signal })).rejects.toThrow('aborted');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(server!.requests).toHaveLength(1);
  });

  it('retries network errors, then fails naming the URL', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const url = `http://127.0.0.1:${port}/v1/chat/completions`;
    const run = postJson({ url, body: {}, timeoutMs: 2000, retries: 1, backoffMs: 1, label: 'down' });
    await expect(run).rejects.toThrow(new RegExp(`^down: POST ${url} failed: .*\\(after 2 attempts\\)$`));
  });
});
