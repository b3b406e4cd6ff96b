import { VouchError } from '../../core/errors.js';
import { createRandom } from '../../core/random.js';
import { requireOpenProbability } from './validate.js';

export interface BootstrapOptions {
  /** Number of resamples (default 10000). */
  resamples?: number;
  /** Seed for createRandom, so the same inputs give the same interval (default 1). */
  seed?: number;
  /** Two-sided confidence of the percentile interval (default 0.95). */
  confidence?: number;
}

export interface BootstrapResult {
  /** Mean of candidate − baseline over the pairs. */
  meanDifference: number;
  /** Percentile interval of the resampled mean differences. */
  ci: [number, number];
  /** Two-sided: 2·(count on the other side of 0 + 1)/(resamples + 1), capped at 1. */
  pValue: number;
}

/** Linear interpolation between order statistics (R type 7, NumPy's default). */
function quantileOfSorted(sorted: Float64Array, probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const weight = position - below;
  return (sorted[below] ?? 0) * (1 - weight) + (sorted[above] ?? 0) * weight;
}

/** Sorted means of `resamples` draws of n values with replacement, from a seeded source. */
function resampledMeans(values: Float64Array, resamples: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const n = values.length;
  const means = new Float64Array(resamples);
  for (let resample = 0; resample < resamples; resample += 1) {
    let sum = 0;
    for (let draw = 0; draw < n; draw += 1) sum += values[Math.floor(random() * n)] ?? 0;
    means[resample] = sum / n;
  }
  return means.sort();
}

function checkInputs(baseline: number[], candidate: number[], resamples: number): void {
  if (baseline.length !== candidate.length || baseline.length === 0) {
    throw new VouchError('VOUCH_INPUT_INVALID', `pairedBootstrap needs two non-empty arrays of equal length, got ${baseline.length} and ${candidate.length}`, {
      fix: 'Pair the scores by case id first and pass only cases present in both runs.',
    });
  }
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new VouchError('VOUCH_INPUT_INVALID', `resamples must be a whole number ≥ 1, got ${resamples}`, { path: 'resamples', fix: 'Use e.g. 10000.' });
  }
}

/**
 * Paired bootstrap of the mean difference candidate − baseline: resamples pairs with replacement,
 * seeded, and reports the percentile interval and a two-sided bootstrap p-value.
 * @example
 * pairedBootstrap([0.5, 0.7, 0.6], [0.6, 0.9, 0.7], { seed: 7 }).meanDifference; // 0.1333…
 */
export function pairedBootstrap(baseline: number[], candidate: number[], options: BootstrapOptions = {}): BootstrapResult {
  const { resamples = 10_000, seed = 1, confidence = 0.95 } = options;
  checkInputs(baseline, candidate, resamples);
  requireOpenProbability('confidence', confidence);
  const n = baseline.length;
  const differences = new Float64Array(n);
  let total = 0;
  for (let index = 0; index < n; index += 1) {
    const difference = (candidate[index] ?? 0) - (baseline[index] ?? 0);
    if (!Number.isFinite(difference)) {
      throw new VouchError('VOUCH_INPUT_INVALID', `pair ${index} is not a pair of finite numbers`, { path: `[${index}]`, fix: 'Pass finite scores only.' });
    }
    differences[index] = difference;
    total += difference;
  }
  const meanDifference = total / n;
  const means = resampledMeans(differences, resamples, seed);
  let otherSide = 0;
  for (const mean of means) if (meanDifference >= 0 ? mean <= 0 : mean >= 0) otherSide += 1;
  const tail = (1 - confidence) / 2;
  return {
    meanDifference,
    ci: [quantileOfSorted(means, tail), quantileOfSorted(means, 1 - tail)],
    pValue: Math.min(1, (2 * (otherSide + 1)) / (resamples + 1)),
  };
}
