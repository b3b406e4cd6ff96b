/** True positives, false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Interval {
  low: number;
  high: number;
}

/** Precision, recall and F1 (= 2TP / (2TP + FP + FN)); a ratio with a zero denominator is null. */
export interface Scores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  precisionInterval: Interval | null;
  recallInterval: Interval | null;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(target: Counts, more: Counts): Counts {
  target.tp += more.tp;
  target.fp += more.fp;
  target.fn += more.fn;
  return target;
}

/** Wilson score interval for `successes` out of `trials` (z = 1.96 for 95%); null when trials = 0. */
export function wilsonInterval(successes: number, trials: number, z = 1.96): Interval | null {
  if (trials === 0) return null;
  const rate = successes / trials;
  const zSquared = z * z;
  const denominator = 1 + zSquared / trials;
  const center = (rate + zSquared / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((rate * (1 - rate)) / trials + zSquared / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

/** Precision, recall, F1 and Wilson intervals from counts. */
export function scoreCounts(counts: Counts): Scores {
  const predicted = counts.tp + counts.fp;
  const actual = counts.tp + counts.fn;
  const precision = predicted === 0 ? null : counts.tp / predicted;
  const recall = actual === 0 ? null : counts.tp / actual;
  const f1Denominator = 2 * counts.tp + counts.fp + counts.fn;
  const f1 = f1Denominator === 0 ? null : (2 * counts.tp) / f1Denominator;
  return { precision, recall, f1, precisionInterval: wilsonInterval(counts.tp, predicted), recallInterval: wilsonInterval(counts.tp, actual) };
}
