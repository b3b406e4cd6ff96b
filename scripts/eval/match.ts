/** A [start, end) span. */
export interface Span {
  start: number;
  end: number;
}

export type MatchMode = 'overlap' | 'exact';

export interface SpanMatching {
  /** Pairs of [gold index, predicted index]. */
  pairs: [number, number][];
  unmatchedGold: number[];
  unmatchedPredicted: number[];
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function compatible(gold: Span, predicted: Span, mode: MatchMode): boolean {
  return mode === 'exact' ? gold.start === predicted.start && gold.end === predicted.end : overlapLength(gold, predicted) > 0;
}

/**
 * Matches gold to predicted spans one-to-one (maximum bipartite matching, Kuhn's algorithm):
 * in 'overlap' mode any shared character allows a pair, in 'exact' mode the spans must be equal.
 * Candidates are tried largest overlap first, so ties resolve the same way every run.
 */
export function matchSpans(gold: readonly Span[], predicted: readonly Span[], mode: MatchMode): SpanMatching {
  const candidates = gold.map((goldSpan) =>
    predicted
      .map((predictedSpan, index) => ({ index, overlap: overlapLength(goldSpan, predictedSpan) }))
      .filter(({ index }) => compatible(goldSpan, predicted[index]!, mode))
      .sort((a, b) => b.overlap - a.overlap || a.index - b.index)
      .map(({ index }) => index),
  );
  const goldOf = new Array<number>(predicted.length).fill(-1);
  const augment = (goldIndex: number, visited: boolean[]): boolean => {
    for (const predictedIndex of candidates[goldIndex]!) {
      if (visited[predictedIndex]) continue;
      visited[predictedIndex] = true;
      if (goldOf[predictedIndex] === -1 || augment(goldOf[predictedIndex]!, visited)) {
        goldOf[predictedIndex] = goldIndex;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, goldIndex) => augment(goldIndex, new Array<boolean>(predicted.length).fill(false)));
  const pairs: [number, number][] = [];
  goldOf.forEach((goldIndex, predictedIndex) => {
    if (goldIndex !== -1) pairs.push([goldIndex, predictedIndex]);
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const matchedGold = new Set(pairs.map(([goldIndex]) => goldIndex));
  return {
    pairs,
    unmatchedGold: gold.map((_, index) => index).filter((index) => !matchedGold.has(index)),
    unmatchedPredicted: goldOf.map((goldIndex, index) => (goldIndex === -1 ? index : -1)).filter((index) => index !== -1),
  };
}
