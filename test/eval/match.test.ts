import { describe, expect, it } from 'vitest';
import { matchSpans, overlapLength } from '../../scripts/eval/match.js';

const span = (start: number, end: number) => ({ start, end });

describe('overlapLength', () => {
  it('counts shared characters and is zero for touching spans', () => {
    expect(overlapLength(span(0, 10), span(5, 20))).toBe(5);
    expect(overlapLength(span(0, 5), span(5, 9))).toBe(0);
    expect(overlapLength(span(3, 4), span(0, 10))).toBe(1);
  });
});

describe('matchSpans', () => {
  it('pairs overlapping spans one-to-one and reports the rest', () => {
    const result = matchSpans([span(0, 10), span(20, 30)], [span(2, 8), span(40, 50)], 'overlap');
    expect(result.pairs).toEqual([[0, 0]]);
    expect(result.unmatchedGold).toEqual([1]);
    expect(result.unmatchedPredicted).toEqual([1]);
  });

  it('never lets one prediction cover two gold spans', () => {
    const result = matchSpans([span(0, 5), span(6, 10)], [span(0, 10)], 'overlap');
    expect(result.pairs).toEqual([[0, 0]]);
    expect(result.unmatchedGold).toEqual([1]);
    expect(result.unmatchedPredicted).toEqual([]);
  });

  it('finds the maximum matching when a greedy choice would block a pair', () => {
    // Gold 0 overlaps both predictions (more with prediction 0); gold 1 overlaps only prediction 0.
    const result = matchSpans([span(0, 10), span(10, 14)], [span(0, 12), span(8, 9)], 'overlap');
    expect(result.pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(result.unmatchedGold).toEqual([]);
    expect(result.unmatchedPredicted).toEqual([]);
  });

  it('prefers the larger overlap when choices are free', () => {
    const result = matchSpans([span(0, 10)], [span(8, 12), span(1, 9)], 'overlap');
    expect(result.pairs).toEqual([[0, 1]]);
    expect(result.unmatchedPredicted).toEqual([0]);
  });

  it('in exact mode pairs only identical spans, once each', () => {
    const result = matchSpans([span(0, 10), span(20, 30)], [span(0, 10), span(0, 10), span(20, 29)], 'exact');
    expect(result.pairs).toEqual([[0, 0]]);
    expect(result.unmatchedGold).toEqual([1]);
    expect(result.unmatchedPredicted).toEqual([1, 2]);
  });

  it('handles empty sides', () => {
    expect(matchSpans([], [span(1, 2)], 'overlap')).toEqual({ pairs: [], unmatchedGold: [], unmatchedPredicted: [0] });
    expect(matchSpans([span(1, 2)], [], 'exact')).toEqual({ pairs: [], unmatchedGold: [0], unmatchedPredicted: [] });
  });
});
