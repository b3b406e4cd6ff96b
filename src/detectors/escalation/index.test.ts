import { describe, expect, it } from 'vitest';
import { adapterConfigSchema, adapterTypes, createAdapter, type AdapterConfig } from './index.js';
import { expectVouchError } from './testing/expect-error.js';

describe('escalation adapter configs', () => {
  it('parses each adapter type with its defaults, trimming a trailing slash from baseUrl', () => {
    expect(adapterConfigSchema.parse({ type: 'llm-judge', baseUrl: 'http://127.0.0.1:8000/v1/', model: 'llama-guard-3' })).toEqual({
      type: 'llm-judge',
      baseUrl: 'http://127.0.0.1:8000/v1',
      model: 'llama-guard-3',
      maxTokens: 256,
      timeoutMs: 30_000,
    });
    expect(adapterConfigSchema.parse({ type: 'moderation', baseUrl: 'https://api.openai.com/v1', apiKeyEnv: 'OPENAI_API_KEY' })).toEqual({
      type: 'moderation',
      baseUrl: 'https://api.openai.com/v1',
      apiKeyEnv: 'OPENAI_API_KEY',
      timeoutMs: 30_000,
    });
    expect(adapterConfigSchema.parse({ type: 'onnx', directory: 'models/guard' })).toEqual({ type: 'onnx', directory: 'models/guard', maxLength: 512 });
  });

  it('rejects unknown keys, unknown types, non-http URLs and an API key where its variable name belongs', () => {
    const bad: unknown[] = [
      { type: 'llm-judge', baseUrl: 'http://x/v1', model: 'm', temprature: 0 },
      { type: 'onnx', directory: 'd', maxLenght: 128 },
      { type: 'perspective', baseUrl: 'http://x' },
      { type: 'moderation', baseUrl: 'file:///etc/passwd' },
      { type: 'moderation', baseUrl: 'http://x/v1', apiKeyEnv: 'sk-proj-abc123' },
      { type: 'llm-judge', baseUrl: 'http://x/v1' },
    ];
    for (const config of bad) expect(adapterConfigSchema.safeParse(config).success, JSON.stringify(config)).toBe(false);
  });

  it('creates each adapter by type and validates a hand-made config', async () => {
    expect(adapterTypes).toEqual(['llm-judge', 'moderation', 'onnx']);
    const configs = [
      { type: 'llm-judge', baseUrl: 'http://127.0.0.1:9/v1', model: 'm', maxTokens: 64, timeoutMs: 1000 },
      { type: 'moderation', baseUrl: 'http://127.0.0.1:9/v1', timeoutMs: 1000 },
      { type: 'onnx', directory: 'models/none', maxLength: 128 },
    ] satisfies AdapterConfig[];
    expect(configs.map((config) => createAdapter(config).id)).toEqual(['llm-judge', 'moderation', 'onnx']);
    const error = await expectVouchError(
      () => createAdapter({ type: 'onnx', directory: '', maxLength: 1 }),
      'VOUCH_CONFIG_INVALID',
      ['escalation adapter config', 'directory', 'maxLength'],
    );
    expect(error.path).toBe('directory');
  });
});
