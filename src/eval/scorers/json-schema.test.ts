import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaScorer, readJsonOutput } from './json-schema.js';
import { buildScorer, scoreInput, scoreWith, testContext } from './testing.js';

const schema = {
  type: 'object',
  required: ['name', 'age'],
  properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 } },
  additionalProperties: false,
};

describe('json-schema', () => {
  it('passes on valid JSON, also inside a ```json fence', async () => {
    expect((await scoreWith(jsonSchemaScorer, { schema }, scoreInput('{"name": "Ana", "age": 31}'))).pass).toBe(true);
    expect((await scoreWith(jsonSchemaScorer, { schema }, scoreInput('Here you go:\n```json\n{"name": "Ana", "age": 31}\n```\nAnything else?'))).pass).toBe(true);
  });

  it('fails on invalid JSON with the parse error', async () => {
    const result = await scoreWith(jsonSchemaScorer, { schema }, scoreInput('{"name": "Ana",'));
    expect(result.pass).toBe(false);
    expect(result.reason).toMatch(/^output is not JSON: /);
  });

  it('lists the first schema errors with instance paths', async () => {
    const result = await scoreWith(jsonSchemaScorer, { schema }, scoreInput('{"name": 7, "age": -1, "extra": true}'));
    expect(result.pass).toBe(false);
    expect(result.reason).toContain('/name must be string');
    expect(result.reason).toContain('/age must be >= 0');
    expect(result.reason).toContain('/ must NOT have additional properties');
  });

  it('reads a schema file relative to the context directory', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'vouch-json-schema-'));
    writeFileSync(join(directory, 'answer.schema.json'), JSON.stringify({ type: 'array', minItems: 2 }));
    const context = { ...testContext(), cwd: directory };
    expect((await scoreWith(jsonSchemaScorer, { schemaFile: 'answer.schema.json' }, scoreInput('[1]'), context)).pass).toBe(false);
    expect((await scoreWith(jsonSchemaScorer, { schemaFile: 'answer.schema.json' }, scoreInput('[1, 2]'), context)).pass).toBe(true);
  });

  it('needs exactly one of schema and schemaFile, and a valid schema', () => {
    expect(() => buildScorer(jsonSchemaScorer, {})).toThrow(/exactly one of `schema` and `schemaFile`/);
    expect(() => buildScorer(jsonSchemaScorer, { schema: { type: 'no-such-type' } })).toThrow(/not a valid JSON Schema/);
    expect(() => buildScorer(jsonSchemaScorer, { schemaFile: 'missing.json' })).toThrow(/cannot read/);
  });

  it('readJsonOutput prefers the fenced block', () => {
    expect(readJsonOutput('noise {"a": 1}\n```json\n[1, 2]\n```')).toEqual({ ok: true, value: [1, 2] });
  });
});
