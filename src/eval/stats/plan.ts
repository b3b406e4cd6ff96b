import { VouchError } from '../../core/errors.js';
import { normalQuantile } from './normal.js';
import { requireOpenProbability, requirePositive, requireProbability } from './validate.js';
import { criticalValue } from './wilson.js';

/** Wilson half-width at an expected (not rounded) rate: z·√(n·p(1 − p) + z²/4)/(n + z²); decreasing in n. */
function wilsonHalfWidth(n: number, rate: number, z: number): number {
  return (z * Math.sqrt(n * rate * (1 - rate) + (z * z) / 4)) / (n + z * z);
}

/** Rounds up, ignoring floating noise just above a whole number. */
function ceilWhole(value: number): number {
  return Math.max(1, Math.ceil(value - 1e-9));
}

/**
 * Smallest number of cases whose Wilson interval, at the expected pass rate, has half-width at most
 * `halfWidth` (found by doubling then bisection; the half-width falls as n grows).
 * @example
 * casesForInterval(0.05); // 381
 */
export function casesForInterval(halfWidth: number, expectedRate = 0.5, confidence = 0.95): number {
  requirePositive('halfWidth', halfWidth, 0.5);
  requireProbability('expectedRate', expectedRate);
  const z = criticalValue(confidence);
  let high = 1;
  while (wilsonHalfWidth(high, expectedRate, z) > halfWidth) high *= 2;
  let low = Math.floor(high / 2); // wilsonHalfWidth(low) > halfWidth, or low is 0
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (wilsonHalfWidth(middle, expectedRate, z) > halfWidth) low = middle;
    else high = middle;
  }
  return high;
}

export interface NonInferiorityPlanOptions {
  /** Non-inferiority margin on the pass-rate difference (0 < delta < 1). */
  delta: number;
  /** Expected share of discordant pairs (b + c)/n, in (0, 1]. */
  expectedDiscordance: number;
  /** One-sided error rate (default 0.05). */
  alpha?: number;
  /** Chance to conclude non-inferiority when the true difference is 0 (default 0.8). */
  power?: number;
}

/**
 * Paired cases needed to show non-inferiority at margin `delta` when the true difference is 0:
 * n = (z_{1−alpha} + z_{power})² · ψ / delta², where ψ is the discordant share (the variance of the
 * paired difference per case when both discordant cells are equal). Normal approximation.
 * @example
 * casesForNonInferiority({ delta: 0.05, expectedDiscordance: 0.2 }); // 495
 */
export function casesForNonInferiority(options: NonInferiorityPlanOptions): number {
  const { delta, expectedDiscordance, alpha = 0.05, power = 0.8 } = options;
  requirePositive('delta', delta, 1);
  requirePositive('expectedDiscordance', expectedDiscordance, 1);
  requireOpenProbability('alpha', alpha);
  requireOpenProbability('power', power);
  const zSum = normalQuantile(1 - alpha) + normalQuantile(power);
  return ceilWhole((zSum * zSum * expectedDiscordance) / (delta * delta));
}

export interface McNemarPlanOptions {
  /** Expected share of pairs where only the baseline passes. */
  discordanceBaselineOnly: number;
  /** Expected share of pairs where only the candidate passes. */
  discordanceCandidateOnly: number;
  /** Two-sided significance level (default 0.05). */
  alpha?: number;
  /** Chance to detect the difference (default 0.8). */
  power?: number;
}

/**
 * Paired cases for a two-sided McNemar test to detect the expected discordant shares (Connor 1987):
 * n = (z_{1−alpha/2}·√ψ + z_{power}·√(ψ − Δ²))² / Δ², with ψ the sum and Δ the difference of the shares.
 * @example
 * casesForMcNemar({ discordanceBaselineOnly: 0.1, discordanceCandidateOnly: 0.2 }); // 234
 */
export function casesForMcNemar(options: McNemarPlanOptions): number {
  const { discordanceBaselineOnly, discordanceCandidateOnly, alpha = 0.05, power = 0.8 } = options;
  requireProbability('discordanceBaselineOnly', discordanceBaselineOnly);
  requireProbability('discordanceCandidateOnly', discordanceCandidateOnly);
  requireOpenProbability('alpha', alpha);
  requireOpenProbability('power', power);
  const discordance = discordanceBaselineOnly + discordanceCandidateOnly;
  const difference = discordanceCandidateOnly - discordanceBaselineOnly;
  if (discordance > 1 || difference === 0) {
    throw new VouchError('VOUCH_INPUT_INVALID', `discordant shares must differ and sum to at most 1, got ${discordanceBaselineOnly} and ${discordanceCandidateOnly}`, {
      fix: 'Give the expected shares of pairs where only one side passes, e.g. 0.1 and 0.2.',
    });
  }
  const root = normalQuantile(1 - alpha / 2) * Math.sqrt(discordance) + normalQuantile(power) * Math.sqrt(discordance - difference * difference);
  return ceilWhole((root * root) / (difference * difference));
}
