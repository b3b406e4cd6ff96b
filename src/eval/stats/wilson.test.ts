import { describe, expect, it } from 'vitest';
import { criticalValue, wilsonInterval, wilsonIntervalZ } from './wilson.js';

describe('wilsonInterval', () => {
  // Known values: 0/10, 5/10 and 10/10 are the brief's reference values; 81/263, 15/148, 0/20 and
  // 1/29 are the worked examples of Newcombe (1998), "Two-sided confidence intervals for the single
  // proportion", Statistics in Medicine 17:857–872, table II, method 3 (score interval).
  const known: [number, number, number, number][] = [
    [0, 10, 0, 0.2775],
    [5, 10, 0.2366, 0.7634],
    [10, 10, 0.7225, 1],
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];

  it.each(known)('%d/%d gives [%d, %d] to 4 decimals', (successes, n, lower, upper) => {
    const [actualLower, actualUpper] = wilsonInterval(successes, n);
    expect(actualLower.toFixed(4)).toBe(lower.toFixed(4));
    expect(actualUpper.toFixed(4)).toBe(upper.toFixed(4));
  });

  it('returns the roots of the score equation (p̂ − p)² = z²·p(1 − p)/n, solved as a quadratic', () => {
    // Independent formulation: (1 + z²/n)·p² − (2p̂ + z²/n)·p + p̂² = 0.
    for (const [successes, n, confidence] of [[3, 17, 0.9], [40, 50, 0.99], [123, 1000, 0.95]] as const) {
      const z = criticalValue(confidence);
      const rate = successes / n;
      const a = 1 + (z * z) / n;
      const b = -(2 * rate + (z * z) / n);
      const root = Math.sqrt(b * b - 4 * a * rate * rate);
      const [lower, upper] = wilsonInterval(successes, n, confidence);
      expect(lower).toBeCloseTo((-b - root) / (2 * a), 12);
      expect(upper).toBeCloseTo((-b + root) / (2 * a), 12);
    }
  });

  it('gives [0, 1] for no trials, narrows with confidence, and honours an explicit z', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
    const wide = wilsonInterval(7, 20, 0.99);
    const narrow = wilsonInterval(7, 20, 0.8);
    expect(wide[0]).toBeLessThan(narrow[0]);
    expect(wide[1]).toBeGreaterThan(narrow[1]);
    expect(wilsonIntervalZ(7, 20, criticalValue(0.8))).toEqual(narrow);
    expect(criticalValue(0.9)).toBeCloseTo(1.644853626951472, 14);
  });

  it('rejects impossible counts and confidence levels', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(/cannot exceed n/);
    expect(() => wilsonInterval(-1, 10)).toThrow(/successes must be a whole number/);
    expect(() => wilsonInterval(1.5, 10)).toThrow(/whole number/);
    expect(() => wilsonInterval(1, 10, 1)).toThrow(/confidence must be a number strictly between 0 and 1/);
  });

  it('is fast enough to call per tag many times', () => {
    const started = performance.now();
    let sum = 0;
    for (let index = 0; index < 100_000; index += 1) sum += wilsonInterval(index % 50, 50)[1];
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
