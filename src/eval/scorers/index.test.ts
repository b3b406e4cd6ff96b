import { describe, expect, it } from 'vitest';
import { compileScorer, scorerConfigJsonSchema, scorerConfigSchema, scorerKinds } from './index.js';
import { scoreInput, testContext } from './testing.js';

describe('compileScorer', () => {
  it('builds a scorer with its tags and defaults applied', async () => {
    const compiled = compileScorer({ type: 'contains', value: 'Paris', tags: ['geo'] }, testContext(), 's.yaml scorers[0]');
    expect(compiled.tags).toEqual(['geo']);
    expect((await compiled.score(scoreInput('paris'))).pass).toBe(false);
  });

  it('names the available types on an unknown type', () => {
    expect(() => compileScorer({ type: 'vibes' }, testContext(), 's.yaml scorers[1]')).toThrow(/^s\.yaml scorers\[1\]\.type: unknown scorer "vibes"; available: equals, contains/);
  });

  it('reports the path of a bad setting and settings the kind checks when built', () => {
    expect(() => compileScorer({ type: 'latency', maxMs: 'fast' }, testContext(), 's.yaml scorers[2]')).toThrow(/^s\.yaml scorers\[2\]\.maxMs: /);
    expect(() => compileScorer({ type: 'regex', pattern: '(' }, testContext(), 's.yaml scorers[2]')).toThrow(/^s\.yaml scorers\[2\]\.pattern: invalid regular expression/);
    const untyped: Record<string, unknown> = { type: 'equals', tags: 'geo' };
    expect(() => compileScorer(untyped as { type: string }, testContext(), 'w')).toThrow(/^w\.tags: expected a list/);
  });
});

describe('scorerConfigSchema', () => {
  it('accepts every kind by type, strictly', () => {
    expect(scorerConfigSchema.parse({ type: 'refusal', tags: ['jailbreak'] })).toEqual({ type: 'refusal', expect: true, tags: ['jailbreak'] });
    expect(scorerConfigSchema.safeParse({ type: 'contains', valeu: 'x' }).success).toBe(false);
    expect(scorerConfigSchema.safeParse({ type: 'vibes' }).success).toBe(false);
  });

  it('has a JSON Schema with one branch per kind', () => {
    const schema = scorerConfigJsonSchema() as { oneOf?: unknown[]; anyOf?: unknown[] };
    expect((schema.oneOf ?? schema.anyOf)?.length).toBe(scorerKinds.ids.length);
  });
});
