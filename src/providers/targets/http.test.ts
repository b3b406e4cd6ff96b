import { afterEach, describe, expect, it } from 'vitest';
import { startChatServer, type ChatServer } from '../testing/chat-server.js';
import { extractOutput, httpConfigSchema, httpTarget } from './http.js';

let server: ChatServer | undefined;
afterEach(async () => server?.close());

async function target(extra: Record<string, unknown>) {
  server = await startChatServer();
  const config = httpConfigSchema.parse({
    type: 'http',
    url: `${server.baseUrl}/chat/completions`,
    headers: { 'x-team': 'safety' },
    body: { model: 'templated', messages: [{ role: 'system', content: '{{system}}' }, { role: 'user', content: '{{input}}' }] },
    retries: 0,
    ...extra,
  });
  return httpTarget.create(config, { cwd: '.', env: {} });
}

describe('http target', () => {
  it('fills the body template and reads the answer with JSONPath', async () => {
    const chat = await target({ output: '$.choices[0].message.content' });
    const response = await chat.send({ messages: [{ role: 'system', content: 'S' }, { role: 'user', content: 'quote " and \\ ok' }] });
    expect(response.output).toBe('Answer: quote " and \\ ok');
    expect(chat.label).toBe(`http:${new URL(server!.baseUrl).host}`);
    expect(server!.requests[0]!.headers['x-team']).toBe('safety');
    expect(server!.requests[0]!.body).toEqual({ model: 'templated', messages: [{ role: 'system', content: 'S' }, { role: 'user', content: 'quote " and \\ ok' }] });
  });

  it('sends the whole conversation with an exact {{messages}} placeholder', async () => {
    const chat = await target({ body: { model: 'm', messages: '{{messages}}' }, output: '$.model' });
    const response = await chat.send({ messages: [{ role: 'user', content: 'hi' }] });
    expect(response.output).toBe('m');
    expect(server!.requests[0]!.body).toEqual({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
  });

  it('fails clearly when the output path finds nothing', async () => {
    const chat = await target({ output: '$.answer.text' });
    await expect(chat.send({ messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({
      code: 'VOUCH_TARGET_FAILED',
      message: expect.stringMatching(/output path \$\.answer\.text found nothing in the response: \{"id":"chatcmpl/),
    });
  });

  it('turns non-string matches into JSON text', () => {
    expect(extractOutput({ data: { score: 0.5, tags: ['a'] } }, '$.data', 'x')).toBe('{"score":0.5,"tags":["a"]}');
    expect(() => extractOutput('just text', '$.a', 'x')).toThrow('x: output path $.a found nothing in the response: "just text"');
  });
});
