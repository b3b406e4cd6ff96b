import { describe, expect, it } from 'vitest';
import { logChoose, logGamma } from './gamma.js';

describe('logGamma', () => {
  it('matches ln((n − 1)!) computed by direct summation of logs', () => {
    for (const n of [1, 2, 3, 7, 10, 11, 25, 170]) {
      let expected = 0;
      for (let factor = 2; factor < n; factor += 1) expected += Math.log(factor);
      expect(logGamma(n)).toBeCloseTo(expected, 11);
    }
  });

  it('matches closed forms at half-integers: Γ(1/2) = √π, Γ(5/2) = 3√π/4', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(2.5)).toBeCloseTo(Math.log((3 * Math.sqrt(Math.PI)) / 4), 14);
  });

  it('stays accurate for large arguments: ln Γ(100001) = ln 100000!', () => {
    // ln(100000!) = 1051299.2218991218651…, from mpmath.loggamma(100001) in 40-digit arithmetic.
    expect(Math.abs(logGamma(100_001) - 1051299.221899122)).toBeLessThan(1e-8);
  });

  it('rejects non-positive input', () => {
    expect(() => logGamma(0)).toThrow(/x > 0/);
    expect(() => logGamma(Number.NaN)).toThrow(/x > 0/);
  });
});

describe('logChoose', () => {
  it('matches exact binomial coefficients', () => {
    expect(Math.exp(logChoose(10, 3))).toBeCloseTo(120, 9);
    expect(Math.exp(logChoose(52, 5))).toBeCloseTo(2_598_960, 4);
    expect(logChoose(9, 0)).toBe(0);
    expect(logChoose(9, 9)).toBe(0);
  });
});
