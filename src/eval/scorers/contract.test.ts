import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScorer, scorerKinds } from './index.js';
import { scoreInput, testContext } from './testing.js';

/** The smallest valid settings of each kind; a kind added without an entry here fails the first test. */
const minimalSettings: Record<string, Record<string, unknown>> = {
  equals: {},
  contains: { value: 'x' },
  'not-contains': { value: 'x' },
  icontains: { value: 'x' },
  'not-icontains': { value: 'x' },
  regex: { pattern: 'x' },
  'json-schema': { schema: { type: 'object' } },
  refusal: {},
  'pii-leak': {},
  'secret-leak': {},
  'canary-leak': {},
  'content-safety': {},
  'injection-success': { markers: ['PWNED'] },
  'llm-judge': { target: { type: 'openai', model: 'judge' } },
  similarity: {},
  latency: { maxMs: 1000 },
};

const emptyOutput = scoreInput('', { case: { expected: 'x', vars: { canary: 'vouch-canary-0a1b2c3d' } }, latencyMs: 5 });

describe('scorer contract', () => {
  it('covers every registered kind', () => {
    expect(Object.keys(minimalSettings).sort()).toEqual([...scorerKinds.ids].sort());
  });

  describe.each(scorerKinds.units.map((kind) => [kind.id, kind] as const))('%s', (id, kind) => {
    it('has a kebab-case id naming its file, which exports it', async () => {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const file = new URL(`./${id}.ts`, import.meta.url);
      expect(existsSync(file)).toBe(true);
      const module = (await import(file.href)) as Record<string, unknown>;
      expect(Object.values(module)).toContain(kind);
      expect(existsSync(new URL(`./${id}.test.ts`, import.meta.url))).toBe(true);
      expect(kind.description.length).toBeGreaterThan(10);
    });

    it('rejects an unknown setting, naming it', () => {
      const compile = () => compileScorer({ type: id, ...minimalSettings[id], colour: 'blue' }, testContext(), 'suite.yaml scorers[3]');
      expect(compile).toThrow(/^suite\.yaml scorers\[3\]\.colour: /);
      expect(compile).toThrow(expect.objectContaining({ code: 'VOUCH_CONFIG_INVALID' }));
    });

    it('returns a checkable ScoreResult with a value in [0, 1] on empty output', async () => {
      const { score } = compileScorer({ type: id, ...minimalSettings[id] }, testContext(), 'suite.yaml scorers[0]');
      const result = await score(emptyOutput);
      expect(result.scorer).toBe(id);
      expect(typeof result.pass).toBe('boolean');
      expect(result.value).toBeGreaterThanOrEqual(0);
      expect(result.value).toBeLessThanOrEqual(1);
      expect(result.reason.length).toBeGreaterThan(5);
    });
  });
});
