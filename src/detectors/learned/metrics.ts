/** Binary-classification measures over scores, where higher means "positive". */

export interface ScoredLabel {
  score: number;
  positive: boolean;
}

/**
 * Area under the ROC curve: the chance that a random positive scores above a random negative (ties
 * count half). Null when either class is missing.
 */
export function rocAuc(items: readonly ScoredLabel[]): number | null {
  const positives = items.filter((item) => item.positive).length;
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) return null;
  const sorted = [...items].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end < sorted.length && sorted[end]!.score === sorted[index]!.score) end++;
    const averageRank = (index + 1 + end) / 2;
    for (let tie = index; tie < end; tie++) if (sorted[tie]!.positive) rankSum += averageRank;
    index = end;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * The lowest threshold whose false-positive rate is at most `maxFalsePositiveRate` (a score ≥ the
 * threshold is flagged), with the true-positive rate it gives.
 */
export function thresholdForFalsePositiveRate(items: readonly ScoredLabel[], maxFalsePositiveRate: number): { threshold: number; truePositiveRate: number; falsePositiveRate: number } {
  const negatives = items.filter((item) => !item.positive).map((item) => item.score).sort((a, b) => b - a);
  const allowed = Math.floor(negatives.length * maxFalsePositiveRate);
  // Flag strictly above the (allowed + 1)-th highest negative score.
  const bar = negatives[allowed];
  const threshold = bar === undefined ? 0 : nextUp(bar);
  return { threshold, ...ratesAt(items, threshold) };
}

/** The next double above `value`, so that a threshold set there excludes `value` itself. */
function nextUp(value: number): number {
  return value + Math.max(Number.EPSILON, Math.abs(value) * Number.EPSILON);
}

export function ratesAt(items: readonly ScoredLabel[], threshold: number): { truePositiveRate: number; falsePositiveRate: number } {
  let truePositives = 0;
  let positives = 0;
  let falsePositives = 0;
  let negatives = 0;
  for (const item of items) {
    if (item.positive) {
      positives++;
      if (item.score >= threshold) truePositives++;
    } else {
      negatives++;
      if (item.score >= threshold) falsePositives++;
    }
  }
  return { truePositiveRate: positives ? truePositives / positives : 0, falsePositiveRate: negatives ? falsePositives / negatives : 0 };
}

export interface ThresholdMetrics {
  threshold: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Precision, recall and F1 when scores at or above `threshold` are flagged. */
export function metricsAt(items: readonly ScoredLabel[], threshold: number): ThresholdMetrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const item of items) {
    const flagged = item.score >= threshold;
    if (flagged && item.positive) truePositives++;
    else if (flagged) falsePositives++;
    else if (item.positive) falseNegatives++;
  }
  const precision = truePositives + falsePositives ? truePositives / (truePositives + falsePositives) : null;
  const recall = truePositives + falseNegatives ? truePositives / (truePositives + falseNegatives) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return { threshold, truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}
