import { afterEach, describe, expect, it } from 'vitest';
import { createModerationAdapter, mapModerationCategory, readModerationResult } from './moderation.js';
import { expectVouchError } from './testing/expect-error.js';
import { startTestServer, unusedBaseUrl, type TestReply, type TestServer } from './testing/openai-server.js';
import { moderationConfigSchema, type EscalationRequest } from './types.js';

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(reply: () => TestReply): Promise<TestServer> {
  server = await startTestServer(reply);
  return server;
}

function moderation(baseUrl: string, extra: Record<string, unknown> = {}, env: Record<string, string> = {}) {
  return createModerationAdapter(moderationConfigSchema.parse({ type: 'moderation', baseUrl, ...extra }), { env });
}

function request(text: string, overrides: Partial<EscalationRequest> = {}): EscalationRequest {
  return { text, detector: 'content-safety', stage: 'output', localScore: 0.5, signal: new AbortController().signal, ...overrides };
}

/** An answer shaped like OpenAI's omni-moderation response. */
function moderationAnswer(scores: Record<string, number>, flagged: string[], model = 'omni-moderation-latest'): unknown {
  const categories = Object.fromEntries(Object.keys(scores).map((name) => [name, flagged.includes(name)]));
  return { id: 'modr-test', model, results: [{ flagged: flagged.length > 0, categories, category_scores: scores }] };
}

describe('moderation adapter', () => {
  it('posts {input, model} with the key and reads the max score and the flagged categories', async () => {
    const { baseUrl, requests } = await serve(() => ({
      json: moderationAnswer({ harassment: 0.41, 'harassment/threatening': 0.83, hate: 0.02, 'self-harm/intent': 0.001, violence: 0.64 }, ['harassment/threatening', 'violence']),
    }));
    const adapter = moderation(baseUrl, { model: 'omni-moderation-latest', apiKeyEnv: 'MOD_KEY' }, { MOD_KEY: 'key-abc' });
    const verdict = await adapter.check(request('I will find you and hurt you.'));

    expect(verdict).toEqual({ score: 0.83, types: ['HARASSMENT', 'THREAT', 'VIOLENT_CRIMES'], model: `omni-moderation-latest@${baseUrl}` });
    expect(requests[0]!.path).toBe('/v1/moderations');
    expect(requests[0]!.headers.authorization).toBe('Bearer key-abc');
    expect(requests[0]!.body).toEqual({ input: 'I will find you and hurt you.', model: 'omni-moderation-latest' });
  });

  it('omits model when none is configured and names the model the server reports', async () => {
    const { baseUrl, requests } = await serve(() => ({ json: moderationAnswer({ sexual: 0.01, 'sexual/minors': 0.002 }, [], 'text-moderation-007') }));
    const verdict = await moderation(baseUrl).check(request('Nice weather today.'));
    expect(verdict).toEqual({ score: 0.01, types: [], model: `text-moderation-007@${baseUrl}` });
    expect(requests[0]!.body).toEqual({ input: 'Nice weather today.' });
    expect(requests[0]!.headers.authorization).toBeUndefined();
  });

  it('falls back to 1/0 from `flagged` without scores, and to scores ≥ 0.5 without `categories`', () => {
    expect(readModerationResult({ flagged: true, categories: { 'self-harm/instructions': true } })).toEqual({ score: 1, types: ['SELF_HARM'] });
    expect(readModerationResult({ flagged: false })).toEqual({ score: 0, types: [] });
    expect(readModerationResult({ category_scores: { illicit: 0.7, 'illicit/violent': 0.2, 'sexual/minors': 0.55 } })).toEqual({
      score: 0.7,
      types: ['NON_VIOLENT_CRIMES', 'CHILD_EXPLOITATION'],
    });
    expect(readModerationResult({ category_scores: {} })).toBeUndefined();
  });

  it('maps every OpenAI category, in any separator style, and keeps unknown ones UPPER_SNAKE', () => {
    const expected: Record<string, string[]> = {
      harassment: ['HARASSMENT'],
      'harassment/threatening': ['HARASSMENT', 'THREAT'],
      hate: ['HATE'],
      'hate/threatening': ['HATE', 'THREAT'],
      illicit: ['NON_VIOLENT_CRIMES'],
      'illicit/violent': ['VIOLENT_CRIMES'],
      'self-harm': ['SELF_HARM'],
      'self-harm/intent': ['SELF_HARM'],
      'self-harm/instructions': ['SELF_HARM'],
      sexual: ['SEXUAL_CONTENT'],
      'sexual/minors': ['CHILD_EXPLOITATION'],
      violence: ['VIOLENT_CRIMES'],
      'violence/graphic': ['VIOLENT_CRIMES'],
    };
    for (const [name, types] of Object.entries(expected)) expect(mapModerationCategory(name), name).toEqual(types);
    expect(mapModerationCategory('self_harm_intent')).toEqual(['SELF_HARM']);
    expect(mapModerationCategory('Sexual-Minors')).toEqual(['CHILD_EXPLOITATION']);
    expect(mapModerationCategory('weapons/explosives')).toEqual(['WEAPONS_EXPLOSIVES']);
  });

  it('rejects answers without results, HTTP 500 and 429, naming the adapter and endpoint', async () => {
    let reply: TestReply = { json: { results: [] } };
    const { baseUrl } = await serve(() => reply);
    await expectVouchError(moderation(baseUrl).check(request('x')), 'VOUCH_TARGET_FAILED', ['moderation', `POST ${baseUrl}/moderations`, 'unparseable answer']);
    reply = { json: { results: [{ categories: { hate: false } }] } };
    await expectVouchError(moderation(baseUrl).check(request('x')), 'VOUCH_TARGET_FAILED', ['unparseable answer']);
    reply = { text: 'not json at all' };
    await expectVouchError(moderation(baseUrl).check(request('x')), 'VOUCH_TARGET_FAILED', ['answer is not JSON']);
    reply = { status: 500, text: 'Internal Server Error' };
    await expectVouchError(moderation(baseUrl).check(request('x')), 'VOUCH_TARGET_FAILED', ['HTTP 500', 'Internal Server Error']);
    reply = { status: 429, json: { error: { message: 'Rate limit reached' } } };
    await expectVouchError(moderation(baseUrl).check(request('x')), 'VOUCH_TARGET_FAILED', ['HTTP 429', 'Rate limit reached']);
  });

  it('rejects promptly when the signal fires while the server never answers', async () => {
    const { baseUrl } = await serve(() => 'hang');
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    await expectVouchError(moderation(baseUrl).check(request('x', { signal: controller.signal })), 'VOUCH_TARGET_FAILED', ['moderation', 'aborted']);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('rejects an unreachable endpoint, a missing key variable, and the prompt-injection detector', async () => {
    const baseUrl = await unusedBaseUrl();
    await expectVouchError(moderation(baseUrl).check(request('x')), 'VOUCH_TARGET_FAILED', ['moderation', 'unreachable', 'ECONNREFUSED']);
    await expectVouchError(() => moderation(baseUrl, { apiKeyEnv: 'OPENAI_API_KEY' }), 'VOUCH_CONFIG_INVALID', ['OPENAI_API_KEY', 'not set']);
    await expectVouchError(moderation(baseUrl).check(request('x', { detector: 'prompt-injection' })), 'VOUCH_CONFIG_INVALID', ['not "prompt-injection"']);
  });
});
