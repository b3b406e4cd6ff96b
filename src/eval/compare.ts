import { VouchError } from '../core/errors.js';
import type { Comparison, PairedResult } from './reports/types.js';
import { holm, mcnemarExact, nonInferiority, pairedBootstrap } from './stats/index.js';
import type { CaseResult, RunRecord } from './types.js';

export interface CompareOptions {
  /** Non-inferiority margin on the pass rate (default 0.05). */
  delta?: number;
  /** Significance level (default 0.05). */
  alpha?: number;
  /** Bootstrap resamples for graded scores (default 10,000). */
  resamples?: number;
}

interface Pair {
  baseline: CaseResult;
  candidate: CaseResult;
}

/**
 * Compares a candidate run with a baseline on the cases both ran (matched by case id and repeat,
 * and by target label when the runs have several targets): exact McNemar on the discordant pairs,
 * overall and per tag, Holm-corrected across the tags (and overall); a non-inferiority verdict at
 * margin `delta`; a paired bootstrap on the mean score. A regression is a tag whose
 * Holm-adjusted p is below alpha with more cases lost than gained.
 * @example
 * const comparison = compareRuns(readRunRecord('runs/main'), readRunRecord('runs/pr-42'));
 * comparison.regressions; // [] when nothing got significantly worse
 */
export function compareRuns(baseline: RunRecord, candidate: RunRecord, options: CompareOptions = {}): Comparison {
  const delta = options.delta ?? 0.05;
  const alpha = options.alpha ?? 0.05;
  const pairs = pairUp(baseline, candidate);
  if (pairs.length === 0) {
    throw new VouchError('VOUCH_INPUT_INVALID', `runs ${baseline.runId} and ${candidate.runId} share no case (matched by id and repeat)`, { fix: 'Compare two runs of the same suite.' });
  }
  const tags = [...new Set(pairs.flatMap((pair) => pair.candidate.tags))].sort();
  const overall = paired(pairs, { delta, alpha, resamples: options.resamples ?? 10_000 });
  const byTag = Object.fromEntries(tags.map((tag) => [tag, paired(pairs.filter((pair) => pair.candidate.tags.includes(tag)), { delta, alpha, resamples: options.resamples ?? 10_000 })]));
  const family = holm({ overall: overall.pValue, ...Object.fromEntries(Object.entries(byTag).map(([tag, result]) => [`tag:${tag}`, result.pValue])) }, alpha);
  overall.adjustedP = family.overall!.adjusted;
  overall.significant = family.overall!.reject;
  for (const [tag, result] of Object.entries(byTag)) {
    result.adjustedP = family[`tag:${tag}`]!.adjusted;
    result.significant = family[`tag:${tag}`]!.reject;
  }
  const worse = (result: PairedResult): boolean => result.significant && result.b > result.c;
  const regressions = [...(worse(overall) ? ['overall'] : []), ...Object.entries(byTag).filter(([, result]) => worse(result)).map(([tag]) => tag)];
  return { baselineRunId: baseline.runId, candidateRunId: candidate.runId, delta, alpha, overall, byTag, regressions };
}

function pairUp(baseline: RunRecord, candidate: RunRecord): Pair[] {
  const multiTarget = Object.keys(baseline.summary.byTarget).length > 1 || Object.keys(candidate.summary.byTarget).length > 1;
  const key = (result: CaseResult): string => `${multiTarget ? `${result.target}\u0000` : ''}${result.id}\u0000${result.repeat}`;
  const before = new Map(baseline.cases.map((result) => [key(result), result]));
  const pairs: Pair[] = [];
  for (const result of candidate.cases) {
    const match = before.get(key(result));
    if (match) pairs.push({ baseline: match, candidate: result });
  }
  return pairs;
}

function meanScore(result: CaseResult): number {
  if (result.status === 'error' || result.scores.length === 0) return result.status === 'pass' ? 1 : 0;
  return result.scores.reduce((sum, score) => sum + score.value, 0) / result.scores.length;
}

function paired(pairs: readonly Pair[], options: { delta: number; alpha: number; resamples: number }): PairedResult {
  let bothPass = 0;
  let bothFail = 0;
  let b = 0;
  let c = 0;
  for (const { baseline, candidate } of pairs) {
    const before = baseline.status === 'pass';
    const after = candidate.status === 'pass';
    if (before && after) bothPass++;
    else if (!before && !after) bothFail++;
    else if (before) b++;
    else c++;
  }
  const n = pairs.length;
  const test = mcnemarExact(b, c);
  const margin = nonInferiority({ bothPass, bothFail, b, c }, { delta: options.delta, alpha: options.alpha });
  const result: PairedResult = {
    n,
    bothPass,
    bothFail,
    b,
    c,
    baselineRate: (bothPass + b) / n,
    candidateRate: (bothPass + c) / n,
    difference: (c - b) / n,
    pValue: test.pValue,
    significant: test.pValue < options.alpha,
    nonInferiority: { lower: margin.lower, upper: margin.upper, verdict: margin.verdict },
  };
  if (pairs.some(({ baseline, candidate }) => baseline.scores.length > 0 || candidate.scores.length > 0)) {
    const bootstrap = pairedBootstrap(pairs.map((pair) => meanScore(pair.baseline)), pairs.map((pair) => meanScore(pair.candidate)), { resamples: options.resamples });
    result.scoreBootstrap = { meanDifference: bootstrap.meanDifference, ci: bootstrap.ci, pValue: bootstrap.pValue };
  }
  return result;
}
