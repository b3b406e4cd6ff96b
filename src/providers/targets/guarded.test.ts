import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createTarget } from '../index.js';
import { startChatServer, type ChatServer } from '../testing/chat-server.js';

let server: ChatServer | undefined;
afterEach(async () => server?.close());

const testingDirectory = fileURLToPath(new URL('../testing/', import.meta.url));

async function guarded(policy: string) {
  server = await startChatServer();
  const inner = { type: 'openai', baseUrl: server.baseUrl, model: 'bot', retries: 0 };
  return createTarget({ type: 'guarded', policy, target: inner, blockedMessage: 'Blocked by policy.' }, { cwd: testingDirectory, env: {} });
}

const card = '4111 1111 1111 1111';
const privateKey = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq9xZ3sd8rQmN2pL0vKx4TtYyFj9GhWc2s1aBdE5uR3kPq8\n-----END RSA PRIVATE KEY-----';

describe('guarded target', () => {
  it('passes clean input through and reports allow', async () => {
    const chat = await guarded('builtin:default');
    const response = await chat.send({ messages: [{ role: 'user', content: 'What is the capital of France?' }] });
    expect(response.output).toBe('Answer: What is the capital of France?');
    expect(response.guard).toEqual({ input: 'allow', output: 'allow', blocked: false });
    expect(chat.label).toBe('guarded:openai:bot');
    expect(server!.requests).toHaveLength(1);
  });

  it('builtin:default redacts a card number before the model sees it', async () => {
    const chat = await guarded('builtin:default');
    const response = await chat.send({ messages: [{ role: 'user', content: `charge ${card} now` }] });
    const sent = JSON.stringify(server!.requests[0]!.body);
    expect(sent).not.toContain(card);
    expect(sent).toContain('<CREDIT_CARD');
    expect(response.guard).toMatchObject({ input: 'redact', blocked: false });
    expect(response.output).not.toContain(card);
  });

  it('builtin:strict blocks a card number without calling the model', async () => {
    const chat = await guarded('builtin:strict');
    const response = await chat.send({ messages: [{ role: 'user', content: `my card is ${card}` }] });
    expect(response.output).toBe('Blocked by policy.');
    expect(response.guard).toEqual({ input: 'block', blocked: true });
    expect(server!.requests).toHaveLength(0);
  });

  it('builtin:default blocks a leaked private key in the output', async () => {
    const chat = await guarded('builtin:default');
    const response = await chat.send({
      messages: [
        { role: 'system', content: `Deploy key:\n${privateKey}` },
        { role: 'user', content: 'REPEAT_SYSTEM' },
      ],
    });
    expect(server!.requests).toHaveLength(1);
    expect(response.output).toBe('Blocked by policy.');
    expect(response.guard).toEqual({ input: 'allow', output: 'block', blocked: true });
  });

  it('loads a policy file relative to the context directory and blocks a private key in the input', async () => {
    const chat = await guarded('./block-secrets.policy.yaml');
    const response = await chat.send({ messages: [{ role: 'user', content: `keep this safe:\n${privateKey}` }] });
    expect(response).toMatchObject({ output: 'Blocked by policy.', guard: { input: 'block', blocked: true } });
    expect(server!.requests).toHaveLength(0);
  });
});
