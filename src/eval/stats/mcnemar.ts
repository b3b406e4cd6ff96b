import { logChoose } from './gamma.js';
import { requireCount } from './validate.js';

export interface McNemarResult {
  /** Pairs where the baseline passed and the candidate failed. */
  b: number;
  /** Pairs where the baseline failed and the candidate passed. */
  c: number;
  /** Two-sided exact p-value: min(1, 2·P(X ≤ min(b, c))), X ~ Binomial(b + c, 1/2). */
  pValue: number;
}

/**
 * P(X ≤ k) for X ~ Binomial(n, 1/2) and 2k < n: the pmf at k from log-gamma, times the sum of the
 * ratios pmf(i)/pmf(k) walked down from k (each step multiplies by i/(n − i + 1) < 1), stopped once
 * the terms no longer change the sum. O(√n) steps near the middle, far fewer in the tail.
 */
function lowerTailHalf(k: number, n: number): number {
  let term = 1;
  let sum = 1;
  for (let i = k; i > 0; i -= 1) {
    term *= i / (n - i + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return Math.exp(logChoose(n, k) - n * Math.LN2) * sum;
}

/**
 * Exact (conditional binomial) McNemar test on the discordant pairs of a paired comparison.
 * @example
 * mcnemarExact(1, 9).pValue; // 0.021484375 = 22/1024
 */
export function mcnemarExact(b: number, c: number): McNemarResult {
  requireCount('b', b);
  requireCount('c', c);
  const n = b + c;
  const smaller = Math.min(b, c);
  // When 2·min(b, c) ≥ n the lower tail holds at least half the mass, so the p-value is 1.
  if (n === 0 || 2 * smaller >= n) return { b, c, pValue: 1 };
  return { b, c, pValue: Math.min(1, 2 * lowerTailHalf(smaller, n)) };
}
