import { describe, expect, it } from 'vitest';
import { fitPlatt } from './calibrate.js';
import { calibrate } from './model.js';

describe('fitPlatt', () => {
  it('recovers the scaling of logits drawn from a known logistic model', () => {
    // Labels drawn with P(positive | z) = sigmoid(2z - 1), from a fixed pseudo-random sequence.
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const logits: number[] = [];
    const labels: boolean[] = [];
    for (let index = 0; index < 20_000; index++) {
      const z = random() * 6 - 3;
      logits.push(z);
      labels.push(random() < 1 / (1 + Math.exp(-(2 * z - 1))));
    }
    const fitted = fitPlatt(logits, labels);
    expect(fitted.a).toBeCloseTo(2, 0);
    expect(fitted.b).toBeCloseTo(-1, 0);
    expect(calibrate(0.5, fitted)).toBeCloseTo(0.5, 1);
  });

  it('stays finite on perfectly separated data and on one class only', () => {
    const fitted = fitPlatt([-2, -1, 1, 2], [false, false, true, true]);
    expect(Number.isFinite(fitted.a) && Number.isFinite(fitted.b)).toBe(true);
    expect(calibrate(2, fitted)).toBeGreaterThan(0.6);
    expect(fitPlatt([1, 2], [true, true])).toEqual({ a: 1, b: 0 });
  });
});
