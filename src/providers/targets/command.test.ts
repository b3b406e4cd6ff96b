import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandConfigSchema, commandTarget, parseCommandOutput } from './command.js';

const context = { cwd: fileURLToPath(new URL('../testing/', import.meta.url)), env: {} };
const ask = (content: string) => ({ messages: [{ role: 'user' as const, content }], tools: [{ name: 'lookup' }] });

function target(extra: Record<string, unknown> = {}) {
  const config = commandConfigSchema.parse({ type: 'command', command: process.execPath, args: ['command-bot.mjs'], retries: 0, ...extra });
  return commandTarget.create(config, context);
}

describe('command target', () => {
  it('writes the request on stdin and reads JSON from stdout', async () => {
    const response = await target().send(ask('hello'));
    expect(response).toMatchObject({ output: 'command says: hello', attempts: 1 });
    expect((await target().send(ask('TOOL'))).toolCalls).toEqual([{ id: 'call_1', name: 'lookup', arguments: '{}' }]);
  });

  it('takes plain text as the output', async () => {
    expect((await target().send(ask('PLAIN'))).output).toBe('plain text answer');
  });

  it('rejects a non-zero exit naming the command and stderr', async () => {
    await expect(target().send(ask('FAIL'))).rejects.toMatchObject({
      code: 'VOUCH_TARGET_FAILED',
      message: expect.stringMatching(/command ".*command-bot\.mjs": exited with code 3; stderr: fixture failure on purpose/),
    });
  });

  it('rejects bad JSON', async () => {
    await expect(target().send(ask('BAD_JSON'))).rejects.toThrow(/printed invalid JSON: \{"output": /);
  });

  it('kills a process that runs past the timeout', async () => {
    const started = performance.now();
    await expect(target({ timeoutMs: 200 }).send(ask('HANG'))).rejects.toThrow(/timed out after 200 ms and was killed/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('kills the process and rejects at once on abort', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    await expect(target().send(ask('HANG'), { signal: controller.signal })).rejects.toThrow('aborted');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('reports a program that cannot start', async () => {
    await expect(target({ command: 'vouch-no-such-program-xyz', args: [] }).send(ask('x'))).rejects.toThrow(/cannot start: spawn vouch-no-such-program-xyz ENOENT/);
  });

  it('parses stdout shapes', () => {
    expect(parseCommandOutput('"quoted"\n')).toEqual({ output: 'quoted' });
    expect(() => parseCommandOutput('{"answer": 1}')).toThrow('printed JSON that is not { output, toolCalls? }');
  });
});
