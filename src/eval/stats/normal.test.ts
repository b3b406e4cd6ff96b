import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from './normal.js';

/** Relative difference, so tail values are judged by their significant digits. */
function relative(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('normalCdf', () => {
  // Reference values: the standard normal table (Abramowitz & Stegun 1964, table 26.1), here to 17
  // digits as computed independently with mpmath 40-digit arithmetic (mpmath.ncdf).
  const known: [number, number][] = [
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1, 0.15865525393145705],
    [1.96, 0.9750021048517795],
    [-3, 0.001349898031630095],
    [-5, 2.866515718791939e-07],
    [-10, 7.619853024160525e-24],
    [-30, 4.906713927148187e-198],
  ];

  it.each(known)('Φ(%d) matches the published value', (x, expected) => {
    expect(relative(normalCdf(x), expected)).toBeLessThan(1e-14);
  });

  it('is symmetric and stays in [0, 1] far out in the tails', () => {
    for (const x of [0.3, 1.7, 2.2, 4.4]) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});

describe('normalQuantile', () => {
  // Reference values: z_0.975 = 1.959964 and z_0.95 = 1.644854 as in every statistics table; all
  // digits from solving mpmath.ncdf(x) = p in 40-digit arithmetic (independent of Acklam's method).
  const known: [number, number][] = [
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.95, 1.644853626951472],
    [0.8, 0.8416212335729144],
    [0.995, 2.5758293035489],
    [0.001, -3.090232306167814],
    [1e-10, -6.361340902404057],
    [1e-300, -37.0470962993612],
  ];

  it.each(known)('quantile(%d) matches the published value', (p, expected) => {
    const actual = normalQuantile(p);
    if (expected === 0) expect(actual).toBe(0);
    else expect(relative(actual, expected)).toBeLessThan(1e-14);
  });

  it('inverts normalCdf across the whole range, including the region breaks of Acklam', () => {
    for (const p of [1e-15, 1e-5, 0.02424, 0.02426, 0.2, 0.6, 0.97574, 0.97576, 0.99999]) {
      expect(relative(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-13);
    }
  });

  it('returns infinities at 0 and 1 and rejects values outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(1.5)).toThrow(/probability in \[0, 1\]/);
    expect(() => normalQuantile(Number.NaN)).toThrow(/VOUCH|probability/);
  });
});
