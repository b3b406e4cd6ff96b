import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suiteJsonSchema } from './json-schema.js';

describe('suite JSON Schema', () => {
  it('describes the suite keys and every scorer type, and the committed file is current (npm run schema)', () => {
    const schema = suiteJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['name', 'target', 'targets', 'cases', 'scorers', 'thresholds', 'repeat', 'concurrency']));
    const text = JSON.stringify(schema);
    for (const type of ['refusal', 'not-contains', 'llm-judge', 'json-schema', 'similarity']) expect(text).toContain(`"const":"${type}"`);
    const committed = JSON.parse(readFileSync(new URL('../../../schemas/suite.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(schema);
  });
});
