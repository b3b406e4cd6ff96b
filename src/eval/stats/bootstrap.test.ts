import { describe, expect, it } from 'vitest';
import { pairedBootstrap } from './bootstrap.js';
import { normalQuantile } from './normal.js';

/** A fixed, irregular sequence of scores in [0, 1] (no randomness in the test data itself). */
function scores(length: number, offset: number): number[] {
  return Array.from({ length }, (_, index) => ((index * 37 + offset) % 101) / 100);
}

describe('pairedBootstrap', () => {
  it('reports the exact mean of candidate − baseline', () => {
    // (0.1 + 0.2 + 0.1) / 3 = 0.1333…
    const result = pairedBootstrap([0.5, 0.7, 0.6], [0.6, 0.9, 0.7], { resamples: 200 });
    expect(result.meanDifference).toBeCloseTo(0.4 / 3, 12);
  });

  it('is reproducible for a seed and changes with the seed', () => {
    const baseline = scores(60, 3);
    const candidate = scores(60, 11);
    const first = pairedBootstrap(baseline, candidate, { seed: 5, resamples: 2000 });
    expect(pairedBootstrap(baseline, candidate, { seed: 5, resamples: 2000 })).toEqual(first);
    expect(pairedBootstrap(baseline, candidate, { seed: 6, resamples: 2000 }).ci).not.toEqual(first.ci);
  });

  it('gives an interval close to the normal one, mean ± z·σ̂/√n, for many pairs', () => {
    // Known large-sample result: the bootstrap distribution of a mean has variance σ̂²/n (σ̂² with
    // divisor n), and is close to normal for n = 400.
    const baseline = scores(400, 0);
    const candidate = scores(400, 50);
    const differences = candidate.map((value, index) => value - (baseline[index] ?? 0));
    const mean = differences.reduce((sum, value) => sum + value, 0) / 400;
    const variance = differences.reduce((sum, value) => sum + (value - mean) ** 2, 0) / 400;
    const halfWidth = normalQuantile(0.975) * Math.sqrt(variance / 400);
    const result = pairedBootstrap(baseline, candidate, { resamples: 20_000, seed: 3 });
    expect(result.meanDifference).toBeCloseTo(mean, 12);
    expect(Math.abs(result.ci[0] - (mean - halfWidth))).toBeLessThan(0.06 * halfWidth);
    expect(Math.abs(result.ci[1] - (mean + halfWidth))).toBeLessThan(0.06 * halfWidth);
  });

  it('computes the p-value with the +1 correction, and near 1 for no difference', () => {
    // Every difference is positive, so no resampled mean is ≤ 0: p = 2·(0 + 1)/(99 + 1) = 0.02.
    const improved = pairedBootstrap([0, 0, 0, 0], [0.1, 0.3, 0.2, 0.4], { resamples: 99 });
    expect(improved.pValue).toBeCloseTo(0.02, 12);
    expect(improved.ci[0]).toBeGreaterThan(0);
    const flat = pairedBootstrap([0.2, 0.8, 0.5, 0.5], [0.8, 0.2, 0.5, 0.5], { resamples: 999 });
    expect(flat.meanDifference).toBe(0);
    expect(flat.pValue).toBe(1);
  });

  it('gives a zero-width interval for constant differences', () => {
    expect(pairedBootstrap([1, 2, 3], [1.5, 2.5, 3.5], { resamples: 50 }).ci).toEqual([0.5, 0.5]);
  });

  it('rejects unequal or empty arrays and bad options', () => {
    expect(() => pairedBootstrap([1, 2], [1])).toThrow(/equal length, got 2 and 1/);
    expect(() => pairedBootstrap([], [])).toThrow(/non-empty/);
    expect(() => pairedBootstrap([1], [Number.NaN])).toThrow(/finite/);
    expect(() => pairedBootstrap([1], [2], { resamples: 0 })).toThrow(/resamples/);
    expect(() => pairedBootstrap([1], [2], { confidence: 95 })).toThrow(/confidence/);
  });
});
