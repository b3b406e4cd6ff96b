import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashJson } from '../core/hash.js';
import { loadPolicy, parsePolicy } from './load.js';

function folder(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'vouch-policy-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

describe('loadPolicy', () => {
  it('applies defaults: redact, fail closed for redact and block rules; the threshold stays the detector\'s to choose', () => {
    const policy = parsePolicy('name: p\ninput:\n  rules:\n    - detector: pii\n    - { detector: secrets, action: flag }\n', { source: 'p.yaml' });
    const [pii, secrets] = policy.input.rules;
    expect(pii).toMatchObject({ id: 'pii', detector: 'pii', action: 'redact', onError: 'block', operator: 'placeholder' });
    expect(pii!.threshold).toBeUndefined();
    expect(secrets).toMatchObject({ action: 'flag', onError: 'flag' });
    expect(policy.output.rules).toEqual([]);
  });

  it('lets a tier tighten a base through extends: rules merge by id, entities per entity, allowlists unite', () => {
    const directory = folder({
      'base.yaml': 'name: base\ninput:\n  rules:\n    - detector: pii\n      threshold: 0.6\n      entities: { EMAIL_ADDRESS: { operator: mask } }\nallowlist: { values: [a@x.org] }\n',
      'tier.yaml': 'name: tier\nextends: ./base.yaml\ninput:\n  rules:\n    - id: pii\n      action: block\n      entities: { EMAIL_ADDRESS: { keepLast: 2 }, PERSON: true }\n    - detector: secrets\nallowlist: { values: [b@x.org] }\n',
    });
    const policy = loadPolicy(join(directory, 'tier.yaml'));
    expect(policy.name).toBe('tier');
    expect(policy.input.rules).toHaveLength(2);
    expect(policy.input.rules[0]).toMatchObject({ id: 'pii', action: 'block', threshold: 0.6, entities: { EMAIL_ADDRESS: { operator: 'mask', keepLast: 2 }, PERSON: true } });
    expect(policy.allowlist.values).toEqual(['a@x.org', 'b@x.org']);
  });

  it('resolves builtin policies and chains of them', () => {
    const strict = loadPolicy('builtin:strict');
    expect(strict.name).toBe('strict');
    expect(strict.input.rules.find((rule) => rule.id === 'secrets')?.action).toBe('block');
    expect(strict.output.rules.find((rule) => rule.id === 'secrets')?.action).toBe('block');
  });

  it('hashes the resolved policy, not its formatting', () => {
    const a = parsePolicy('name: p\ninput: { rules: [ { detector: pii } ] }\n', { source: 'a.yaml' });
    const b = parsePolicy('# comment\nname: p\ninput:\n  rules:\n    - detector: pii\n      action: redact\n', { source: 'b.json' });
    expect(hashJson(a)).toBe(hashJson(b));
    const c = parsePolicy('name: p\ninput: { rules: [ { detector: pii, threshold: 0.4 } ] }\n', { source: 'c.yaml' });
    expect(hashJson(c)).not.toBe(hashJson(a));
  });

  it('rejects cycles, unknown keys, repeated ids and bad regexes with the fix', () => {
    const directory = folder({ 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n' });
    expect(() => loadPolicy(join(directory, 'a.yaml'))).toThrow(/extends forms a cycle/);
    expect(() => parsePolicy('input:\n  rules:\n    - detector: pii\n      treshold: 0.2\n', { source: 'typo.yaml' })).toThrow(/typo\.yaml:3:7 at input\.rules\[0\]: unknown key "treshold"/);
    expect(() => parsePolicy('input:\n  rules: [ { detector: pii }, { detector: pii } ]\n', { source: 'dup.yaml' })).toThrow(/repeats rule id "pii"/);
    expect(() => parsePolicy('allowlist: { patterns: ["(unclosed"] }\n', { source: 're.yaml' })).toThrow(/not a valid regular expression/);
    expect(() => parsePolicy('input:\n  rules: [ { detector: pii, action: blok } ]\n', { source: 'act.yaml' })).toThrow(/"allow", "flag", "redact", "block"/);
    expect(() => loadPolicy('builtin:nope')).toThrow(/builtin:default, builtin:strict/);
  });
});
