import { describe, expect, it } from 'vitest';
import { mcnemarExact } from './mcnemar.js';
import { normalCdf } from './normal.js';

/** Independent exact reference: 2·Σ_{i ≤ k} C(n, i) / 2ⁿ in BigInt arithmetic, capped at 1. */
function exactByBigInt(b: number, c: number): number {
  const n = b + c;
  const k = Math.min(b, c);
  let coefficient = 1n;
  let tail = 0n;
  for (let i = 0; i <= k; i += 1) {
    tail += coefficient;
    coefficient = (coefficient * BigInt(n - i)) / BigInt(i + 1);
  }
  // Keep the top 64 bits of 2·tail, then divide by 2ⁿ as a power of two.
  const numerator = 2n * tail;
  const shift = Math.max(0, numerator.toString(2).length - 64);
  return Math.min(1, Number(numerator >> BigInt(shift)) * 2 ** (shift - n));
}

describe('mcnemarExact', () => {
  // Known values, worked by hand from the binomial(n, 1/2) distribution:
  // b=0,c=5: 2·(1/32) = 0.0625; b=1,c=9: 2·(1 + 10)/1024 = 0.021484375;
  // b=3,c=12: 2·(1 + 15 + 105 + 455)/32768 = 0.03515625; b=10,c=10: 2·P(X ≤ 10) > 1 → 1.
  const known: [number, number, number][] = [
    [0, 5, 0.0625],
    [1, 9, 0.021484375],
    [10, 10, 1],
    [3, 12, 0.03515625],
    [12, 3, 0.03515625],
  ];

  it.each(known)('b=%d, c=%d gives p = %d', (b, c, expected) => {
    const result = mcnemarExact(b, c);
    expect(result.b).toBe(b);
    expect(result.c).toBe(c);
    expect(result.pValue).toBeCloseTo(expected, 12);
  });

  it('gives p = 1 without discordant pairs and when b and c differ by one', () => {
    expect(mcnemarExact(0, 0).pValue).toBe(1);
    expect(mcnemarExact(7, 8).pValue).toBe(1);
    expect(mcnemarExact(0, 1).pValue).toBe(1);
  });

  it('matches exact BigInt sums for moderate n', () => {
    for (const [b, c] of [[40, 71], [250, 310], [1400, 1530], [2, 200]] as const) {
      const expected = exactByBigInt(b, c);
      expect(Math.abs(mcnemarExact(b, c).pValue - expected) / expected).toBeLessThan(1e-9);
    }
  });

  it('handles 100k discordant pairs in milliseconds and agrees with the normal approximation', () => {
    const started = performance.now();
    const result = mcnemarExact(49_700, 50_300);
    expect(performance.now() - started).toBeLessThan(50);
    // Continuity-corrected normal approximation: z = (|c − b| − 1)/√(b + c) = 599/316.23 = 1.8942.
    const approximation = 2 * normalCdf(-(599 / Math.sqrt(100_000)));
    expect(result.pValue).toBeCloseTo(approximation, 4);
    expect(mcnemarExact(0, 100_000).pValue).toBe(0);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => mcnemarExact(-1, 3)).toThrow(/b must be a whole number/);
    expect(() => mcnemarExact(1, 2.5)).toThrow(/c must be a whole number/);
  });
});
