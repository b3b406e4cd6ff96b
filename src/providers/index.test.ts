import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VouchError } from '../core/errors.js';
import { createTarget, parseTargetConfig, targetConfigHash, targetConfigSchema, targetKinds } from './index.js';

const context = { cwd: fileURLToPath(new URL('./testing/', import.meta.url)), env: {} };

function configError(config: unknown, where?: string): VouchError {
  try {
    createTarget(config, context, where);
  } catch (error) {
    if (error instanceof VouchError) return error;
  }
  throw new Error('expected a VouchError');
}

describe('target registry', () => {
  it('lists every kind, each with a strict schema whose type literal is its id', () => {
    expect(targetKinds.ids).toEqual(['openai', 'anthropic', 'http', 'module', 'command', 'guarded']);
    for (const kind of targetKinds.units) {
      expect(kind.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(kind.description.length).toBeGreaterThan(10);
      expect(kind.configSchema.safeParse({ type: 'other' }).success).toBe(false);
      const typo = kind.configSchema.safeParse({ type: kind.id, noSuchSetting: 1 });
      expect(typo.error?.issues.some((issue) => issue.code === 'unrecognized_keys')).toBe(true);
    }
  });

  it('creates a target of the configured kind with defaults applied', () => {
    const target = createTarget({ type: 'module', path: './module-bot.mjs' }, context);
    expect(target.kind).toBe('module');
    expect(parseTargetConfig({ type: 'module', path: 'x.mjs' })).toEqual({ type: 'module', path: 'x.mjs', export: 'default', timeoutMs: 30000, retries: 3, backoffMs: 250 });
  });

  it('names the path of a config error, nested ones too', () => {
    const bad = configError({ type: 'openai', model: 'm', baseUrl: 'not a url' });
    expect(bad).toMatchObject({ code: 'VOUCH_CONFIG_INVALID', path: 'target.baseUrl' });
    expect(bad.message).toMatch(/^target\.baseUrl: /);
    expect(configError({ type: 'openai' }, 'suite.target').message).toMatch(/^suite\.target\.model: /);
    expect(configError({ type: 'openai', model: 'm', baseURL: 'x' }).path).toBe('target.baseURL');
    expect(configError({ type: 'guarded', target: { type: 'http', url: 'http://x', retries: -1 } }).path).toBe('target.target.retries');
  });

  it('names the valid types when the type is unknown', () => {
    const error = configError({ type: 'gemini', model: 'm' });
    expect(error.path).toBe('target.type');
    expect(error.fix).toBe('Set target.type to a target with a type among: openai, anthropic, http, module, command, guarded.');
  });

  it('hashes the parsed config, so spelled-out defaults hash the same', () => {
    const short = targetConfigHash({ type: 'openai', model: 'm' });
    expect(short).toMatch(/^[0-9a-f]{64}$/);
    expect(targetConfigHash({ model: 'm', type: 'openai', retries: 3, baseUrl: 'https://api.openai.com/v1' })).toBe(short);
    expect(targetConfigHash({ type: 'openai', model: 'n' })).not.toBe(short);
  });

  it('accepts a guarded target around any kind', () => {
    const parsed = targetConfigSchema.parse({ type: 'guarded', target: { type: 'command', command: 'bot' } });
    expect(parsed).toMatchObject({ policy: 'builtin:default', blockedMessage: "I can't help with that.", target: { type: 'command', args: [] } });
  });
});
