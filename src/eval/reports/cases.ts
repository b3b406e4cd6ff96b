import type { CaseResult } from '../types.js';

/** Why a case did not pass: the scorer (or error code) that said so, and its reason. */
export interface CaseProblem {
  /** The failed scorer's id, or the error code for an error. */
  source: string;
  reason: string;
  kind: 'failure' | 'error';
}

/** The failed scorers of a failed case, or the error of an errored one; empty for a passing case. */
export function caseProblems(result: CaseResult): CaseProblem[] {
  if (result.status === 'pass') return [];
  if (result.status === 'error') {
    const code = result.error?.code ?? 'error';
    return [{ source: code, reason: result.error?.message ?? 'the case failed without an error message', kind: 'error' }];
  }
  const failed = result.scores.filter((score) => !score.pass);
  if (failed.length === 0) return [{ source: 'case-failed', reason: 'the case failed but no scorer reported why', kind: 'failure' }];
  return failed.map((score) => ({ source: score.scorer, reason: score.reason, kind: 'failure' }));
}

/** An attack case (tag "attack" or metadata.kind "attack"): when it fails, the attack worked. */
export function isAttackCase(result: CaseResult): boolean {
  return result.tags.includes('attack') || result.metadata?.['kind'] === 'attack';
}

/** The case id, with "#repeat" when it is a repeat after the first. */
export function caseName(result: Pick<CaseResult, 'id' | 'repeat'>): string {
  return result.repeat > 0 ? `${result.id}#${result.repeat}` : result.id;
}

/** Whether the run record's `suite` names a file (rather than a bare suite name). */
export function isSuitePath(suite: string): boolean {
  return /[\\/]/.test(suite) || /\.(ya?ml|json)$/i.test(suite);
}

/** A short suite name: the file name without directory and extension ("evals/bot.yaml" → "bot"). */
export function suiteName(suite: string): string {
  const base = suite.split(/[\\/]/).filter((part) => part !== '').pop() ?? suite;
  const name = base.replace(/\.(ya?ml|json)$/i, '');
  return name === '' ? suite : name;
}

/** Object keys in a stable order, for tables. */
export function sortedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
}
