import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { VouchError } from './errors.js';
import { loadConfigFile, parseConfig } from './config.js';

const schema = z
  .object({
    name: z.string(),
    mode: z.enum(['fast', 'safe']).default('safe'),
    rules: z.array(z.object({ limit: z.number() }).strict()).default([]),
  })
  .strict();

function failure(run: () => unknown): VouchError {
  try {
    run();
  } catch (error) {
    return error as VouchError;
  }
  throw new Error('expected an error');
}

describe('parseConfig', () => {
  it('parses YAML and JSON into typed values with defaults', () => {
    expect(parseConfig('name: a\n', { schema, source: 'a.yaml' })).toEqual({ name: 'a', mode: 'safe', rules: [] });
    expect(parseConfig('{"name":"b","mode":"fast"}', { schema, source: 'b.json' }).mode).toBe('fast');
  });

  it('names file, line, path, what was expected and the fix', () => {
    const error = failure(() => parseConfig('name: a\nrules:\n  - limit: "ten"\n', { schema, source: 'policy.yaml' }));
    expect(error.code).toBe('VOUCH_CONFIG_INVALID');
    expect(error.message).toContain('policy.yaml:3:12 at rules[0].limit');
    expect(error.message).toMatch(/expected number/);
    expect(error.message).toContain('Fix: Give a value of type number.');
    expect(error.path).toBe('rules[0].limit');
  });

  it('reports unknown keys and bad enum values with the allowed ones', () => {
    const unknown = failure(() => parseConfig('name: a\nmdoe: fast\n', { schema, source: 'x.yaml' }));
    expect(unknown.message).toContain('unknown key "mdoe"');
    const badEnum = failure(() => parseConfig('name: a\nmode: quick\n', { schema, source: 'x.yaml' }));
    expect(badEnum.message).toContain('x.yaml:2:7 at mode');
    expect(badEnum.fix).toBe('Use one of: "fast", "safe".');
  });

  it('reports syntax errors with a position', () => {
    const error = failure(() => parseConfig('name: [a\n', { schema, source: 'broken.yaml' }));
    expect(error.message).toMatch(/^broken\.yaml:\d+:\d+: not valid YAML or JSON/);
  });

  it('reads files and says which one is missing', () => {
    const directory = mkdtempSync(join(tmpdir(), 'vouch-config-'));
    const file = join(directory, 'c.yaml');
    writeFileSync(file, 'name: from-file\n');
    expect(loadConfigFile(file, schema).name).toBe('from-file');
    const missing = failure(() => loadConfigFile(join(directory, 'nope.yaml'), schema));
    expect(missing.code).toBe('VOUCH_CONFIG_NOT_FOUND');
    expect(missing.message).toContain('nope.yaml');
  });
});
