import { describe, expect, it } from 'vitest';
import { caseName, caseProblems, isAttackCase, isSuitePath, suiteName } from './cases.js';
import { caseResult } from './testing/fixtures.js';

describe('case facts', () => {
  it('names repeats after the first with #repeat', () => {
    expect(caseName({ id: 'a', repeat: 0 })).toBe('a');
    expect(caseName({ id: 'a', repeat: 2 })).toBe('a#2');
  });

  it('gives the failed scorers of a failed case and the error of an errored one', () => {
    expect(caseProblems(caseResult({ id: 'p', status: 'pass' }))).toEqual([]);
    expect(caseProblems(caseResult({ id: 'f', status: 'fail' }))).toEqual([{ source: 'contains', reason: 'expected "30 days" in the output; not found', kind: 'failure' }]);
    expect(caseProblems(caseResult({ id: 'e', status: 'error', error: { code: 'VOUCH_TARGET_FAILED', message: 'down' } }))).toEqual([{ source: 'VOUCH_TARGET_FAILED', reason: 'down', kind: 'error' }]);
    expect(caseProblems(caseResult({ id: 'f', status: 'fail', scores: [] }))[0]?.source).toBe('case-failed');
  });

  it('recognizes attack cases by tag or metadata', () => {
    expect(isAttackCase(caseResult({ id: 'a', status: 'fail', tags: ['attack'] }))).toBe(true);
    expect(isAttackCase(caseResult({ id: 'a', status: 'fail', metadata: { kind: 'attack' } }))).toBe(true);
    expect(isAttackCase(caseResult({ id: 'a', status: 'fail', tags: ['attacker-persona'], metadata: { kind: 'benign' } }))).toBe(false);
  });

  it('shortens suite paths to a name and tells paths from names', () => {
    expect(suiteName('evals/support-bot.yaml')).toBe('support-bot');
    expect(suiteName('C:\\ci\\evals\\safety.yml')).toBe('safety');
    expect(suiteName('nightly')).toBe('nightly');
    expect(isSuitePath('evals/support-bot.yaml')).toBe(true);
    expect(isSuitePath('suite.json')).toBe(true);
    expect(isSuitePath('nightly')).toBe(false);
  });
});
