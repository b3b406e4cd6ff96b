import { describe, expect, it } from 'vitest';
import { addCounts, emptyCounts, scoreCounts, wilsonInterval } from '../../scripts/eval/metrics.js';

describe('wilsonInterval', () => {
  it('matches published 95% Wilson intervals', () => {
    const half = wilsonInterval(5, 10)!;
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    const none = wilsonInterval(0, 10)!;
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const all = wilsonInterval(10, 10)!;
    expect(all.low).toBeCloseTo(0.7225, 4);
    expect(all.high).toBe(1);
  });

  it('is null without trials and narrows as trials grow', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    const small = wilsonInterval(80, 100)!;
    const large = wilsonInterval(800, 1000)!;
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    expect(small.low).toBeCloseTo(0.7111, 3);
    expect(small.high).toBeCloseTo(0.8666, 3);
  });
});

describe('scoreCounts', () => {
  it('computes precision, recall and F1', () => {
    const scores = scoreCounts({ tp: 8, fp: 2, fn: 4 });
    expect(scores.precision).toBeCloseTo(0.8, 10);
    expect(scores.recall).toBeCloseTo(8 / 12, 10);
    expect(scores.f1).toBeCloseTo(16 / 22, 10);
    expect(scores.precisionInterval!.low).toBeLessThan(0.8);
    expect(scores.recallInterval!.high).toBeGreaterThan(8 / 12);
  });

  it('leaves undefined ratios null and scores a silent detector F1 = 0', () => {
    const silent = scoreCounts({ tp: 0, fp: 0, fn: 5 });
    expect(silent.precision).toBeNull();
    expect(silent.precisionInterval).toBeNull();
    expect(silent.recall).toBe(0);
    expect(silent.f1).toBe(0);
    expect(scoreCounts({ tp: 0, fp: 0, fn: 0 }).f1).toBeNull();
    expect(scoreCounts({ tp: 0, fp: 3, fn: 0 }).precision).toBe(0);
  });
});

describe('addCounts', () => {
  it('adds into the target', () => {
    const total = emptyCounts();
    addCounts(total, { tp: 1, fp: 2, fn: 3 });
    addCounts(total, { tp: 4, fp: 0, fn: 1 });
    expect(total).toEqual({ tp: 5, fp: 2, fn: 4 });
  });
});
