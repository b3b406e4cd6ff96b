import { normalQuantile } from './normal.js';
import { requireCount, requireOpenProbability } from './validate.js';
import { VouchError } from '../../core/errors.js';

let cachedConfidence = Number.NaN;
let cachedZ = Number.NaN;

/** The two-sided critical value z_{1−(1−confidence)/2}, remembered for the last confidence asked. */
export function criticalValue(confidence: number): number {
  if (confidence !== cachedConfidence) {
    requireOpenProbability('confidence', confidence);
    cachedZ = normalQuantile(1 - (1 - confidence) / 2);
    cachedConfidence = confidence;
  }
  return cachedZ;
}

/**
 * Wilson score interval for a binomial proportion at critical value `z` (callers that need a
 * one-sided bound pass z_{1−α}); [0, 1] when n is 0.
 */
export function wilsonIntervalZ(successes: number, n: number, z: number): [number, number] {
  requireCount('n', n);
  requireCount('successes', successes);
  if (successes > n) {
    throw new VouchError('VOUCH_INPUT_INVALID', `successes (${successes}) cannot exceed n (${n})`, {
      path: 'successes',
      fix: 'Count successes among the n trials only.',
    });
  }
  if (n === 0) return [0, 1];
  const rate = successes / n;
  const zSquared = z * z;
  const denominator = 1 + zSquared / n;
  const center = (rate + zSquared / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((rate * (1 - rate)) / n + zSquared / (4 * n * n));
  // At 0 and n successes the bound is exactly 0 or 1; compute it so, not as a rounded difference.
  const lower = successes === 0 ? 0 : Math.max(0, center - halfWidth);
  const upper = successes === n ? 1 : Math.min(1, center + halfWidth);
  return [lower, upper];
}

/**
 * Wilson score interval for `successes` out of `n` at a two-sided `confidence` (default 0.95);
 * [0, 1] when n is 0.
 * @example
 * wilsonInterval(5, 10); // [0.2366, 0.7634] (rounded)
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): [number, number] {
  return wilsonIntervalZ(successes, n, criticalValue(confidence));
}
