import { describe, expect, it } from 'vitest';
import { nonInferiority } from './noninferiority.js';

describe('nonInferiority', () => {
  it('matches a hand-worked Newcombe method-10 example', () => {
    // bothPass 30, b 2, c 8, bothFail 10: n = 50, alpha 0.05 → z = z_0.95 = 1.644854, z² = 2.705543.
    // Candidate rate p1 = 38/50 = 0.76, baseline rate p2 = 32/50 = 0.64, difference = (8 − 2)/50 = 0.12.
    // Wilson(38, 50): 1 + z²/50 = 1.054111; centre (0.76 + 0.027055)/1.054111 = 0.746653;
    //   half (1.644854/1.054111)·√(0.76·0.24/50 + z²/10000) = 1.560418·0.062598 = 0.097680
    //   → l1 = 0.648974, u1 = 0.844333.
    // Wilson(32, 50): centre 0.667055/1.054111 = 0.632813; half 1.560418·√(0.004608 + 0.000271)
    //   = 1.560418·0.069847 = 0.108990 → l2 = 0.523823, u2 = 0.741803.
    // φ: AD − BC = 30·10 − 2·8 = 284 > n/2 = 25, so φ = (284 − 25)/√(38·12·32·18) = 259/512.50 = 0.505366.
    // Lower: x = p1 − l1 = 0.111026, y = u2 − p2 = 0.101803;
    //   √(0.012327 − 2·0.505366·0.111026·0.101803 + 0.010364) = √(0.012327 − 0.011424 + 0.010364)
    //   = √0.011267 = 0.106144 → lower = 0.12 − 0.106144 = 0.013856.
    // Upper: x = u1 − p1 = 0.084333, y = p2 − l2 = 0.116177;
    //   √(0.007112 − 0.009903 + 0.013497) = √0.010706 = 0.103472 → upper = 0.223472.
    const result = nonInferiority({ bothPass: 30, bothFail: 10, b: 2, c: 8 }, { delta: 0.05 });
    expect(result.difference).toBeCloseTo(0.12, 12);
    expect(result.lower).toBeCloseTo(0.013856, 5);
    expect(result.upper).toBeCloseTo(0.223472, 5);
    expect(result.verdict).toBe('non-inferior');
  });

  it('reproduces the two-sided 95% interval of a published paired table when alpha is 0.025', () => {
    // Cavo et al. (2012) complete-response table as used by Fagerland, Lydersen & Laake (2014/2017)
    // for the Newcombe square-and-add paired interval: 59 both, 6 candidate only (c), 16 baseline
    // only (b), 80 neither (n = 161); difference −10/161 = −0.0621. Interval −0.1186 to −0.0046, computed
    // independently from the same formulas in a separate Python script (SciPy for z).
    const result = nonInferiority({ bothPass: 59, bothFail: 80, b: 16, c: 6 }, { delta: 0.1, alpha: 0.025 });
    expect(result.difference).toBeCloseTo(-0.0621, 4);
    expect(result.lower).toBeCloseTo(-0.1186, 4);
    expect(result.upper).toBeCloseTo(-0.0046, 4);
    expect(result.verdict).toBe('inconclusive');
    // With a margin of 0.002 the whole interval lies below −0.002: inferior.
    expect(nonInferiority({ bothPass: 59, bothFail: 80, b: 16, c: 6 }, { delta: 0.002, alpha: 0.025 }).verdict).toBe('inferior');
  });

  it('uses φ = 0 when AD − BC is within n/2 of zero (small Bentur et al. 2009 table)', () => {
    // 1 both, 1 candidate only, 7 baseline only, 12 neither: AD − BC = 12 − 7 = 5 ≤ 21/2, so φ = 0
    // and the bounds are plain square-and-add: −0.5069 to −0.0256 (same Python cross-check).
    const result = nonInferiority({ bothPass: 1, bothFail: 12, b: 7, c: 1 }, { delta: 0.02, alpha: 0.025 });
    expect(result.lower).toBeCloseTo(-0.5069, 4);
    expect(result.upper).toBeCloseTo(-0.0256, 4);
    expect(result.verdict).toBe('inferior');
  });

  it('is antisymmetric in b and c and inconclusive without data', () => {
    const forward = nonInferiority({ bothPass: 40, bothFail: 5, b: 3, c: 9 }, { delta: 0.05 });
    const backward = nonInferiority({ bothPass: 40, bothFail: 5, b: 9, c: 3 }, { delta: 0.05 });
    expect(backward.lower).toBeCloseTo(-forward.upper, 12);
    expect(backward.upper).toBeCloseTo(-forward.lower, 12);
    expect(nonInferiority({ bothPass: 0, bothFail: 0, b: 0, c: 0 }, { delta: 0.05 })).toEqual({ difference: 0, lower: -1, upper: 1, verdict: 'inconclusive' });
  });

  it('rejects bad margins, alphas and counts', () => {
    const table = { bothPass: 1, bothFail: 1, b: 1, c: 1 };
    expect(() => nonInferiority(table, { delta: 0 })).toThrow(/delta must be a margin/);
    expect(() => nonInferiority(table, { delta: 0.1, alpha: 0.6 + 0.5 })).toThrow(/alpha/);
    expect(() => nonInferiority({ ...table, b: -2 }, { delta: 0.1 })).toThrow(/b must be a whole number/);
  });
});
