import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { moduleConfigSchema, moduleTarget } from './module.js';

const context = { cwd: fileURLToPath(new URL('../testing/', import.meta.url)), env: {} };
const ask = (content: string) => ({ messages: [{ role: 'user' as const, content }] });

function target(extra: Record<string, unknown> = {}) {
  return moduleTarget.create(moduleConfigSchema.parse({ type: 'module', path: './module-bot.mjs', retries: 0, ...extra }), context);
}

describe('module target', () => {
  it('calls the default export, resolved against the context directory', async () => {
    const chat = target();
    expect(chat.label).toBe('module:./module-bot.mjs');
    expect(await chat.send(ask('hi'))).toMatchObject({ output: 'module says: hi', attempts: 1 });
  });

  it('calls a named export and reads { output, toolCalls }', async () => {
    expect((await target({ export: 'shout' }).send(ask('hey'))).output).toBe('HEY');
    expect((await target().send(ask('TOOL'))).toolCalls).toEqual([{ id: 'call_1', name: 'lookup', arguments: '{"q":"x"}' }]);
  });

  it('wraps a throw, a bad answer, a missing file and a missing export with the path', async () => {
    await expect(target().send(ask('THROW'))).rejects.toMatchObject({ code: 'VOUCH_TARGET_FAILED', message: expect.stringMatching(/module-bot\.mjs: threw: the fixture was asked to throw/) });
    await expect(target().send(ask('BAD'))).rejects.toThrow(/module-bot\.mjs: returned 42, not a string/);
    await expect(target({ path: './missing.mjs' }).send(ask('x'))).rejects.toThrow(/module target .*missing\.mjs: cannot import it/);
    await expect(target({ export: 'nothing' }).send(ask('x'))).rejects.toThrow(/export "nothing" is not a function/);
  });

  it('retries a throwing function as configured', async () => {
    await expect(target({ retries: 1, backoffMs: 1 }).send(ask('THROW'))).rejects.toThrow(/after 2 attempts/);
  });

  it('rejects promptly on abort even when the function never settles', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    await expect(target().send(ask('HANG'), { signal: controller.signal })).rejects.toThrow('aborted');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('accepts only script files', () => {
    expect(moduleConfigSchema.safeParse({ type: 'module', path: 'bot.py' }).success).toBe(false);
  });
});
