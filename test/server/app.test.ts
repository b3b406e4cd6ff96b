import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuard } from '../../src/guard/guard.js';
import { parsePolicy } from '../../src/policy/load.js';
import { createVouchServer } from '../../src/server/app.js';

const policy = parsePolicy('extends: builtin:default\ninput: { rules: [ { id: pii, operator: pseudonymize } ] }\n', { source: 'test policy' });
const server = createVouchServer({ guard: createGuard({ policy }) });
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('HTTP API', () => {
  it('checks text and restores pseudonyms over HTTP', async () => {
    const response = await post('/v1/guard/check', { text: 'mail ana@mailbox.example.org', conversationId: 'c1' });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { action: string; text: string; findings: { type: string }[] };
    expect(result.action).toBe('redact');
    expect(result.text).toBe('mail <EMAIL_ADDRESS_1>');
    const restored = await post('/v1/guard/restore', { text: 'hi <EMAIL_ADDRESS_1>', conversationId: 'c1' });
    expect(await restored.json()).toEqual({ text: 'hi ana@mailbox.example.org' });
    const otherConversation = await post('/v1/guard/restore', { text: 'hi <EMAIL_ADDRESS_1>', conversationId: 'c2' });
    expect(await otherConversation.json()).toEqual({ text: 'hi <EMAIL_ADDRESS_1>' });
  });

  it('answers health with the policy hash and serves the playground', async () => {
    const health = (await (await fetch(`${base}/healthz`)).json()) as { status: string; policy: string; policyHash: string };
    expect(health).toMatchObject({ status: 'ok', policy: 'default' });
    expect(health.policyHash).toMatch(/^[0-9a-f]{64}$/);
    const page = await fetch(`${base}/`);
    expect(await page.text()).toContain('<h1>Vouch guard</h1>');
  });

  it('maps bad bodies to 400 with the field and fix, and unknown routes to 404', async () => {
    const wrongType = await post('/v1/guard/check', { text: 5 });
    expect(wrongType.status).toBe(400);
    const body = (await wrongType.json()) as { error: { code: string; message: string; path: string } };
    expect(body.error.code).toBe('VOUCH_INPUT_INVALID');
    expect(body.error.path).toBe('text');
    const badJson = await post('/v1/guard/check', '{oops');
    expect(badJson.status).toBe(400);
    const unknownKey = await post('/v1/guard/check', { text: 'x', stag: 'input' });
    expect(((await unknownKey.json()) as { error: { message: string } }).error.message).toContain('unknown key "stag"');
    const missing = await fetch(`${base}/v2/nothing`);
    expect(missing.status).toBe(404);
  });
});
