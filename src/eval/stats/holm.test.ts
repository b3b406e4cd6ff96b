import { describe, expect, it } from 'vitest';
import { holm } from './holm.js';

describe('holm', () => {
  it('adjusts a worked example by hand', () => {
    // m = 4; sorted: d 0.005, a 0.01, c 0.03, b 0.04.
    // d: 4·0.005 = 0.02; a: max(0.02, 3·0.01 = 0.03) = 0.03; c: max(0.03, 2·0.03 = 0.06) = 0.06;
    // b: max(0.06, 1·0.04) = 0.06 (monotonicity). At alpha 0.05: reject d and a only.
    const result = holm({ a: 0.01, b: 0.04, c: 0.03, d: 0.005 });
    expect(result.d).toEqual({ p: 0.005, adjusted: 0.02, reject: true });
    expect(result.a?.adjusted).toBeCloseTo(0.03, 15);
    expect(result.a?.reject).toBe(true);
    expect(result.c?.adjusted).toBeCloseTo(0.06, 15);
    expect(result.c?.reject).toBe(false);
    expect(result.b).toEqual({ p: 0.04, adjusted: result.c?.adjusted, reject: false });
  });

  it('matches the step-down rule p₍ᵢ₎ ≤ alpha/(m − i + 1) and stops at the first failure', () => {
    // Holm (1979): reject H₍₁₎…H₍ₖ₎ while p₍ᵢ₎ ≤ alpha/(m − i + 1). Here 0.001 ≤ 0.1/5, 0.02 ≤ 0.1/4,
    // 0.04 > 0.1/3 stops, so 0.045 (≤ 0.1/2) is not rejected either.
    const result = holm({ h1: 0.001, h2: 0.02, h3: 0.04, h4: 0.045, h5: 0.5 }, 0.1);
    expect(Object.entries(result).filter(([, decision]) => decision.reject).map(([key]) => key).sort()).toEqual(['h1', 'h2']);
    expect(result.h4?.adjusted).toBeCloseTo(0.12, 15);
  });

  it('caps adjusted values at 1, keeps a single p-value as is, and accepts an empty family', () => {
    const result = holm({ x: 0.4, y: 0.6, z: 0.9 });
    expect(result.x?.adjusted).toBe(1);
    expect(result.z?.adjusted).toBe(1);
    expect(holm({ only: 0.03 }).only).toEqual({ p: 0.03, adjusted: 0.03, reject: true });
    expect(holm({})).toEqual({});
  });

  it('rejects p-values outside [0, 1] and a bad alpha', () => {
    expect(() => holm({ a: 1.2 })).toThrow(/pValues\.a must be a number between 0 and 1/);
    expect(() => holm({ a: Number.NaN })).toThrow(/pValues\.a/);
    expect(() => holm({ a: 0.1 }, 0)).toThrow(/alpha/);
  });
});
