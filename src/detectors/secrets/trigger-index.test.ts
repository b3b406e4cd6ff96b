import { describe, expect, it } from 'vitest';
import type { Recognizer } from '../types.js';
import { createTriggerIndex, gateByTriggerIndex } from './trigger-index.js';

describe('createTriggerIndex', () => {
  const index = createTriggerIndex(['ghp_', 'gho_', 'sk-', 'SK', 'AKIA', 'sk-ant-']);

  it('finds exactly the triggers present, including at the very start and end', () => {
    expect([...index.present('ghp_ at start and sk-ant- here, SK')].sort()).toEqual(['SK', 'ghp_', 'sk-', 'sk-ant-']);
    expect([...index.present('nothing to see')]).toEqual([]);
    expect([...index.present('')]).toEqual([]);
    expect([...index.present('AKIA')]).toEqual(['AKIA']);
  });

  it('handles non-ASCII text around triggers', () => {
    expect([...index.present('ключ: gho_ 🔑 ghp')]).toEqual(['gho_']);
  });

  it('answers a repeated text from memory with the same set', () => {
    const text = 'token sk-abc';
    expect(index.present(text)).toBe(index.present(text));
  });

  it('rejects triggers that cannot be indexed', () => {
    expect(() => createTriggerIndex(['x'])).toThrow(/2\+ printable ASCII/);
    expect(() => createTriggerIndex(['ключ'])).toThrow(/2\+ printable ASCII/);
  });
});

describe('gateByTriggerIndex', () => {
  const calls: string[] = [];
  const recognizer = (id: string, triggers?: string[]): Recognizer => ({
    id,
    entity: id.toUpperCase(),
    ...(triggers ? { triggers } : {}),
    recognize: (text) => {
      calls.push(id);
      return [{ start: 0, end: text.length, score: 1 }];
    },
  });
  const gated = gateByTriggerIndex([recognizer('alpha', ['ab']), recognizer('beta', ['cd', 'ef']), recognizer('gamma')], createTriggerIndex(['ab', 'cd', 'ef']));

  it('removes triggers from the wrappers and runs each only when one of its triggers is present', () => {
    expect(gated.map((entry) => entry.triggers)).toEqual([undefined, undefined, undefined]);
    calls.length = 0;
    const results = gated.map((entry) => entry.recognize('xx ef yy').length);
    expect(results).toEqual([0, 1, 1]);
    expect(calls).toEqual(['beta', 'gamma']);
  });
});

describe('createTriggerIndex memory', () => {
  it('keeps the longest texts when many views are asked about, and forgets after the task', async () => {
    const index = createTriggerIndex(['ab']);
    const long = `${'x'.repeat(10_000)} ab`;
    const first = index.present(long);
    for (let count = 0; count < 200; count++) index.present(`segment ${count} ab`);
    expect(index.present(long)).toBe(first);
    await Promise.resolve();
    expect(index.present(long)).not.toBe(first);
    expect([...index.present(long)]).toEqual(['ab']);
  });
});
