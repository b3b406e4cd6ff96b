import { describe, expect, it } from 'vitest';
import { createRegistry } from '../core/registry.js';
import type { Detector } from '../detectors/types.js';
import { compilePolicy } from './compile.js';
import { parsePolicy } from './load.js';

const fake: Detector = {
  id: 'fake',
  description: 'test detector',
  entities: ['ALPHA', 'BETA', 'GAMMA'],
  defaultOff: ['GAMMA'],
  stages: ['input', 'output'],
  scan: () => ({ findings: [] }),
};
const registry = createRegistry('detector', [fake]);
const compile = (text: string) => compilePolicy(parsePolicy(text, { source: 't.yaml' }), registry);

describe('compilePolicy', () => {
  it('plans every default-on entity with rule settings and entity overrides', () => {
    const compiled = compile('input:\n  rules:\n    - detector: fake\n      threshold: 0.7\n      entities: { BETA: { action: block, threshold: 0.9 } }\n');
    const plans = compiled.stages.input[0]!.plans;
    expect([...plans.keys()]).toEqual(['ALPHA', 'BETA']);
    expect(plans.get('ALPHA')).toMatchObject({ action: 'redact', threshold: 0.7 });
    expect(plans.get('BETA')).toMatchObject({ action: 'block', threshold: 0.9 });
  });

  it('turns default-off entities on when listed, and others off with false or only', () => {
    const on = compile('input: { rules: [ { detector: fake, entities: { GAMMA: true, ALPHA: false } } ] }\n');
    expect([...on.stages.input[0]!.plans.keys()]).toEqual(['BETA', 'GAMMA']);
    const only = compile('input: { rules: [ { detector: fake, only: true, entities: { BETA: {} } } ] }\n');
    expect([...only.stages.input[0]!.plans.keys()]).toEqual(['BETA']);
  });

  it('names unknown detectors and entities with the available ones', () => {
    expect(() => compile('input: { rules: [ { detector: nope } ] }\n')).toThrow('unknown detector "nope"');
    expect(() => compile('input: { rules: [ { detector: fake, entities: { DELTA: true } } ] }\n')).toThrow(/has no entity "DELTA"/);
    try {
      compile('input: { rules: [ { detector: fake, entities: { DELTA: true } } ] }\n');
    } catch (error) {
      expect((error as { fix: string }).fix).toBe('Use one of: ALPHA, BETA, GAMMA.');
    }
  });

  it('allowlists by exact value and by pattern, globally and per rule', () => {
    const compiled = compile('allowlist: { values: [keep-me] }\ninput: { rules: [ { detector: fake, allowlist: { patterns: ["@corp\\\\.example$"] } } ] }\n');
    const rule = compiled.stages.input[0]!;
    expect(rule.isAllowed('keep-me')).toBe(true);
    expect(rule.isAllowed('ana@corp.example')).toBe(true);
    expect(rule.isAllowed('ana@other.example')).toBe(false);
  });
});
