import { VouchError } from '../../core/errors.js';
import { normalQuantile } from './normal.js';
import { requireCount, requireOpenProbability } from './validate.js';
import { wilsonIntervalZ } from './wilson.js';

/** The paired 2×2 table: b = baseline pass & candidate fail, c = baseline fail & candidate pass. */
export interface PairedTable {
  bothPass: number;
  bothFail: number;
  b: number;
  c: number;
}

export interface NonInferiorityOptions {
  /** Margin: how much lower the candidate's pass rate may be and still count as non-inferior (0 < delta < 1). */
  delta: number;
  /** One-sided error rate of each bound (default 0.05, i.e. a two-sided 90% interval). */
  alpha?: number;
}

export type NonInferiorityVerdict = 'non-inferior' | 'inferior' | 'inconclusive';

export interface NonInferiorityResult {
  /** candidate rate − baseline rate = (c − b)/n. */
  difference: number;
  /** One-sided 1 − alpha lower confidence bound for the difference. */
  lower: number;
  /** One-sided 1 − alpha upper confidence bound for the difference. */
  upper: number;
  verdict: NonInferiorityVerdict;
}

/**
 * Newcombe's φ for method 10: the correlation of the two outcomes with AD − BC shrunk by n/2
 * when positive (0 when it falls within n/2 of zero), and 0 when any margin is empty.
 */
function correctedPhi(table: PairedTable, n: number): number {
  const { bothPass, bothFail, b, c } = table;
  const marginProduct = (bothPass + c) * (b + bothFail) * (bothPass + b) * (c + bothFail);
  if (marginProduct === 0) return 0;
  const cross = bothPass * bothFail - b * c;
  if (cross > n / 2) return (cross - n / 2) / Math.sqrt(marginProduct);
  if (cross >= 0) return 0;
  return cross / Math.sqrt(marginProduct);
}

/** √(x² − 2φxy + y²), never negative from rounding. */
function combine(x: number, y: number, phi: number): number {
  return Math.sqrt(Math.max(0, x * x - 2 * phi * x * y + y * y));
}

function verdictFor(lower: number, upper: number, delta: number): NonInferiorityVerdict {
  if (lower > -delta) return 'non-inferior';
  if (upper < -delta) return 'inferior';
  return 'inconclusive';
}

/**
 * Non-inferiority of a candidate against a baseline on the same cases (paired pass/fail), using
 * Newcombe's hybrid score interval for a paired difference (Newcombe 1998, method 10) with Wilson
 * limits at z_{1−alpha}: non-inferior when the lower bound is above −delta, inferior when the upper
 * bound is below −delta, inconclusive otherwise.
 * @example
 * nonInferiority({ bothPass: 30, bothFail: 10, b: 2, c: 8 }, { delta: 0.05 }).verdict; // 'non-inferior'
 */
export function nonInferiority(table: PairedTable, options: NonInferiorityOptions): NonInferiorityResult {
  const { delta, alpha = 0.05 } = options;
  for (const key of ['bothPass', 'bothFail', 'b', 'c'] as const) requireCount(key, table[key]);
  requireOpenProbability('alpha', alpha);
  if (!(delta > 0 && delta < 1)) {
    throw new VouchError('VOUCH_INPUT_INVALID', `delta must be a margin strictly between 0 and 1, got ${String(delta)}`, {
      path: 'delta',
      fix: 'Give the margin as a rate difference, e.g. 0.05 for five percentage points.',
    });
  }
  const n = table.bothPass + table.bothFail + table.b + table.c;
  if (n === 0) return { difference: 0, lower: -1, upper: 1, verdict: 'inconclusive' };
  const z = normalQuantile(1 - alpha);
  const candidatePasses = table.bothPass + table.c;
  const baselinePasses = table.bothPass + table.b;
  const candidateRate = candidatePasses / n;
  const baselineRate = baselinePasses / n;
  const [candidateLower, candidateUpper] = wilsonIntervalZ(candidatePasses, n, z);
  const [baselineLower, baselineUpper] = wilsonIntervalZ(baselinePasses, n, z);
  const phi = correctedPhi(table, n);
  const difference = (table.c - table.b) / n;
  const lower = Math.max(-1, difference - combine(candidateRate - candidateLower, baselineUpper - baselineRate, phi));
  const upper = Math.min(1, difference + combine(candidateUpper - candidateRate, baselineRate - baselineLower, phi));
  return { difference, lower, upper, verdict: verdictFor(lower, upper, delta) };
}
