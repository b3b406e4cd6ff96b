import { describe, expect, it } from 'vitest';
import { metricsAt, rocAuc, thresholdForFalsePositiveRate } from './metrics.js';

const item = (score: number, positive: boolean) => ({ score, positive });

describe('rocAuc', () => {
  it('is 1 for a perfect ranking, 0.5 for ties, and the pair share otherwise', () => {
    expect(rocAuc([item(0.1, false), item(0.2, false), item(0.8, true), item(0.9, true)])).toBe(1);
    expect(rocAuc([item(0.5, false), item(0.5, true)])).toBe(0.5);
    // Positives 0.3 and 0.9 against negatives 0.2 and 0.4: 3 of 4 pairs ranked right.
    expect(rocAuc([item(0.3, true), item(0.9, true), item(0.2, false), item(0.4, false)])).toBe(0.75);
    expect(rocAuc([item(0.3, true)])).toBeNull();
  });
});

describe('thresholdForFalsePositiveRate', () => {
  it('puts the threshold just above the negatives it must not flag', () => {
    const negatives = Array.from({ length: 100 }, (_, index) => item(index / 100, false));
    const positives = [item(0.995, true), item(0.985, true), item(0.5, true)];
    const result = thresholdForFalsePositiveRate([...negatives, ...positives], 0.01);
    // One negative (0.99) may be flagged; the next one (0.98) must not.
    expect(result.threshold).toBeGreaterThan(0.98);
    expect(result.threshold).toBeLessThan(0.985);
    expect(result.falsePositiveRate).toBeCloseTo(0.01, 10);
    expect(result.truePositiveRate).toBeCloseTo(2 / 3, 10);
  });
});

describe('metricsAt', () => {
  it('counts flags at or above the threshold', () => {
    const result = metricsAt([item(0.9, true), item(0.6, false), item(0.4, true), item(0.1, false)], 0.5);
    expect(result).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});
