import { describe, expect, it } from 'vitest';
import { createRegistry } from '../core/registry.js';
import type { Detector } from '../detectors/types.js';
import { parsePolicy } from '../policy/load.js';
import { createGuard } from './guard.js';

/** Finds each literal word in the text: "alpha" → ALPHA (0.9), "beta" → BETA (0.6), "weak" → ALPHA (0.3). */
const words: Detector = {
  id: 'words',
  description: 'test detector over literal words',
  entities: ['ALPHA', 'BETA'],
  stages: ['input', 'output'],
  scan({ views }) {
    const findings = [];
    for (const match of views.original.matchAll(/alpha|beta|weak/g)) {
      const type = match[0] === 'beta' ? 'BETA' : 'ALPHA';
      const score = match[0] === 'alpha' ? 0.9 : match[0] === 'beta' ? 0.6 : 0.3;
      findings.push({ detector: 'words', type, start: match.index, end: match.index + match[0].length, score });
    }
    return { findings };
  },
};
const broken: Detector = {
  id: 'broken',
  description: 'always throws',
  entities: ['X'],
  stages: ['input', 'output'],
  scan: () => {
    throw new Error('model file missing');
  },
};
const detectors = createRegistry('detector', [words, broken]);
const guardFor = (policyText: string) => createGuard({ policy: parsePolicy(policyText, { source: 'test.yaml' }), detectors });

describe('createGuard', () => {
  it('redacts findings above threshold and reports every detector score', async () => {
    const guard = guardFor('input: { rules: [ { detector: words, threshold: 0.5 } ] }\n');
    const result = await guard.checkInput('an alpha, a beta, a weak one');
    expect(result.action).toBe('redact');
    expect(result.text).toBe('an <ALPHA_1>, a <BETA_1>, a weak one');
    expect(result.findings.map((f) => [f.type, f.start, f.end, f.action])).toEqual([
      ['ALPHA', 3, 8, 'redact'],
      ['BETA', 12, 16, 'redact'],
    ]);
    expect(result.scores).toEqual({ words: 0.9 });
    expect(result.policyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('lets the strongest action win and scores stay visible below threshold', async () => {
    const guard = guardFor('input: { rules: [ { detector: words, action: flag, entities: { BETA: { action: block } } } ] }\n');
    const blocked = await guard.checkInput('alpha and beta');
    expect(blocked.action).toBe('block');
    const weak = await guard.checkInput('only weak here');
    expect(weak.action).toBe('allow');
    expect(weak.findings).toEqual([]);
    expect(weak.scores.words).toBe(0.3);
  });

  it('keeps stages apart', async () => {
    const guard = guardFor('input: { rules: [ { detector: words, action: flag } ] }\noutput: { rules: [ { detector: words, action: block } ] }\n');
    expect((await guard.checkInput('alpha')).action).toBe('flag');
    expect((await guard.checkOutput('alpha')).action).toBe('block');
  });

  it('pseudonymizes per conversation across turns and restores model output', async () => {
    const guard = guardFor('input: { rules: [ { detector: words, operator: pseudonymize } ] }\n');
    const first = await guard.checkInput('alpha then beta', { conversationId: 'c1' });
    expect(first.text).toBe('<ALPHA_1> then <BETA_1>');
    const second = await guard.checkInput('beta again', { conversationId: 'c1' });
    expect(second.text).toBe('<BETA_1> again');
    const other = await guard.checkInput('beta', { conversationId: 'c2' });
    expect(other.text).toBe('<BETA_1>');
    expect(await guard.restore('Sure: <BETA_1> and <ALPHA_1>, not <ALPHA_9>.', { conversationId: 'c1' })).toBe('Sure: beta and alpha, not <ALPHA_9>.');
  });

  it('fails closed when a blocking or redacting rule errors, and flags for a flag rule', async () => {
    const closed = await guardFor('input: { rules: [ { detector: broken } ] }\n').checkInput('anything');
    expect(closed.action).toBe('block');
    expect(closed.errors).toEqual([
      { detector: 'broken', rule: 'broken', code: 'VOUCH_DETECTOR_FAILED', message: 'detector "broken" failed: model file missing', action: 'block' },
    ]);
    const open = await guardFor('input: { rules: [ { detector: broken, action: flag } ] }\n').checkInput('anything');
    expect(open.action).toBe('flag');
    const chosen = await guardFor('input: { rules: [ { detector: broken, onError: allow } ] }\n').checkInput('anything');
    expect(chosen.action).toBe('allow');
  });

  it('skips allowlisted values', async () => {
    const guard = guardFor('allowlist: { values: [alpha] }\ninput: { rules: [ { detector: words } ] }\n');
    const result = await guard.checkInput('alpha beta');
    expect(result.findings.map((f) => f.type)).toEqual(['BETA']);
  });

  it('runs requested detectors only, adding a flag rule for ones the policy lacks', async () => {
    const guard = guardFor('input: { rules: [ { detector: broken } ] }\n');
    const result = await guard.checkInput('alpha', { detectors: ['words'] });
    expect(result.action).toBe('flag');
    expect(result.errors).toEqual([]);
    await expect(guard.checkInput('alpha', { detectors: ['nope'] })).rejects.toThrow(/unknown detector "nope"; available: words, broken/);
  });

  it('rejects bad input with a fix: wrong type, too large, lone surrogate', async () => {
    const guard = guardFor('limits: { maxInputChars: 100 }\ninput: { rules: [ { detector: words } ] }\n');
    await expect(guard.checkInput(42 as unknown as string)).rejects.toMatchObject({ code: 'VOUCH_INPUT_INVALID', message: 'text must be a string, got number 42' });
    await expect(guard.checkInput('x'.repeat(101))).rejects.toMatchObject({ code: 'VOUCH_INPUT_TOO_LARGE' });
    await expect(guard.checkInput('ok \uD800 bad')).rejects.toMatchObject({ code: 'VOUCH_INPUT_INVALID', message: 'text has a lone surrogate (U+D800) at index 3' });
    expect((await guard.checkInput('')).action).toBe('allow');
    expect((await guard.checkInput('emoji \uD83D\uDE00 alpha')).findings).toHaveLength(1);
  });
});

describe('overlapping findings of different types', () => {
  const nested: Detector = {
    id: 'nested',
    description: 'a URL with an IP inside',
    entities: ['URL', 'IP_ADDRESS'],
    stages: ['input', 'output'],
    scan: () => ({
      findings: [
        { detector: 'nested', type: 'URL', start: 0, end: 20, score: 0.8 },
        { detector: 'nested', type: 'IP_ADDRESS', start: 7, end: 15, score: 0.9 },
      ],
    }),
  };
  const registry = createRegistry('detector', [nested]);
  const check = (policy: string) => createGuard({ policy: parsePolicy(policy, { source: 't.yaml' }), detectors: registry }).checkInput('http://10.0.0.1/path');

  it('drops the inner finding when the outer one acts at least as strongly', async () => {
    const result = await check('input: { rules: [ { detector: nested } ] }\n');
    expect(result.findings.map((f) => f.type)).toEqual(['URL']);
  });

  it('keeps the inner finding when its action is stronger, so it does not leak', async () => {
    const result = await check('input: { rules: [ { detector: nested, action: flag, entities: { IP_ADDRESS: { action: block } } } ] }\n');
    expect(result.findings.map((f) => [f.type, f.action])).toEqual([
      ['URL', 'flag'],
      ['IP_ADDRESS', 'block'],
    ]);
    expect(result.action).toBe('block');
    expect(result.text).toBe('http://<IP_ADDRESS_1>/path');
  });
});

describe('two rules on one detector', () => {
  it('reports a span once, with the stronger action', async () => {
    const guard = guardFor('input: { rules: [ { id: soft, detector: words, action: flag }, { id: hard, detector: words, action: block, only: true, entities: { BETA: {} } } ] }\n');
    const result = await guard.checkInput('alpha beta');
    expect(result.findings.map((f) => [f.type, f.action, f.rule])).toEqual([
      ['ALPHA', 'flag', 'soft'],
      ['BETA', 'block', 'hard'],
    ]);
  });
});

describe('requested detectors without a rule', () => {
  it('flag under the policy allowlist, like every other rule', async () => {
    const guard = guardFor('allowlist: { values: [alpha] }\ninput: { rules: [] }\n');
    const result = await guard.checkInput('alpha beta', { detectors: ['words'] });
    expect(result.findings.map((f) => [f.type, f.action, f.rule])).toEqual([['BETA', 'flag', 'words-ad-hoc']]);
    expect(await guard.checkInput('alpha beta', { detectors: ['words'] })).toMatchObject({ action: 'flag' });
  });
});
