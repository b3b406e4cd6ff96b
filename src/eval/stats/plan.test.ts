import { describe, expect, it } from 'vitest';
import { logChoose } from './gamma.js';
import { normalQuantile } from './normal.js';
import { casesForInterval, casesForMcNemar, casesForNonInferiority } from './plan.js';

describe('casesForInterval', () => {
  it('matches the closed form at rate 0.5: half-width = (z/2)/√(n + z²) → n = ⌈(z/2h)² − z²⌉', () => {
    // h = 0.05: (1.959964/0.1)² − 3.841459 = 384.1459 − 3.8415 = 380.30 → 381.
    expect(casesForInterval(0.05)).toBe(381);
    const z = normalQuantile(0.995);
    expect(casesForInterval(0.02, 0.5, 0.99)).toBe(Math.ceil((z / 0.04) ** 2 - z * z));
  });

  it('matches the larger root of the half-width equation for other rates', () => {
    // (n + z²)²h² = z²(n·p(1 − p) + z²/4) is the quadratic h²n² + (2z²h² − z²pq)n + z⁴(h² − 1/4) = 0.
    for (const [halfWidth, rate] of [[0.03, 0.9], [0.01, 0.95], [0.1, 0.2]] as const) {
      const z = normalQuantile(0.975);
      const a = halfWidth * halfWidth;
      const b = 2 * z * z * a - z * z * rate * (1 - rate);
      const c = z ** 4 * (a - 0.25);
      const root = (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
      expect(casesForInterval(halfWidth, rate)).toBe(Math.ceil(root));
    }
  });

  it('returns at least 1 and rejects widths outside (0, 0.5]', () => {
    expect(casesForInterval(0.5)).toBe(1);
    expect(() => casesForInterval(0)).toThrow(/halfWidth/);
    expect(() => casesForInterval(0.6)).toThrow(/halfWidth/);
    expect(() => casesForInterval(0.05, 1.2)).toThrow(/expectedRate/);
  });
});

describe('casesForNonInferiority', () => {
  it('computes (z_{1−α} + z_power)²·ψ/δ², rounded up', () => {
    // (1.644854 + 0.841621)² = 6.182557; × 0.2 / 0.05² = 494.60 → 495.
    expect(casesForNonInferiority({ delta: 0.05, expectedDiscordance: 0.2 })).toBe(495);
    // alpha 0.025, power 0.9: (1.959964 + 1.281552)² = 10.507423; × 0.1 / 0.03² = 1167.49 → 1168.
    expect(casesForNonInferiority({ delta: 0.03, expectedDiscordance: 0.1, alpha: 0.025, power: 0.9 })).toBe(1168);
  });

  it('rejects a zero margin or discordance', () => {
    expect(() => casesForNonInferiority({ delta: 0, expectedDiscordance: 0.2 })).toThrow(/delta/);
    expect(() => casesForNonInferiority({ delta: 0.05, expectedDiscordance: 0 })).toThrow(/expectedDiscordance/);
  });
});

describe('casesForMcNemar', () => {
  it('computes Connor (1987): (z_{1−α/2}√ψ + z_power√(ψ − Δ²))²/Δ²', () => {
    // ψ = 0.3, Δ = 0.1: (1.959964·0.547723 + 0.841621·0.538516)² / 0.01 = (1.073517 + 0.453227)²/0.01
    // = 2.330947/0.01 = 233.09 → 234. Swapping the shares gives the same n.
    expect(casesForMcNemar({ discordanceBaselineOnly: 0.1, discordanceCandidateOnly: 0.2 })).toBe(234);
    expect(casesForMcNemar({ discordanceBaselineOnly: 0.2, discordanceCandidateOnly: 0.1 })).toBe(234);
  });

  it('gives about the requested power for the asymptotic McNemar test (exact enumeration)', () => {
    // Independent check: with n = 234 pairs, discordant count D ~ Binomial(n, 0.3) and candidate-only
    // count C | D ~ Binomial(D, 2/3); the test rejects when |2C − D|/√D > z_0.975.
    const n = casesForMcNemar({ discordanceBaselineOnly: 0.1, discordanceCandidateOnly: 0.2 });
    const z = normalQuantile(0.975);
    let power = 0;
    for (let discordant = 1; discordant <= n; discordant += 1) {
      const weight = Math.exp(logChoose(n, discordant) + discordant * Math.log(0.3) + (n - discordant) * Math.log(0.7));
      for (let candidateOnly = 0; candidateOnly <= discordant; candidateOnly += 1) {
        if (Math.abs(2 * candidateOnly - discordant) / Math.sqrt(discordant) <= z) continue;
        power += weight * Math.exp(logChoose(discordant, candidateOnly) + candidateOnly * Math.log(2 / 3) + (discordant - candidateOnly) * Math.log(1 / 3));
      }
    }
    expect(power).toBeGreaterThan(0.79);
    expect(power).toBeLessThan(0.83);
  });

  it('rejects equal shares and shares summing above 1', () => {
    expect(() => casesForMcNemar({ discordanceBaselineOnly: 0.1, discordanceCandidateOnly: 0.1 })).toThrow(/must differ/);
    expect(() => casesForMcNemar({ discordanceBaselineOnly: 0.6, discordanceCandidateOnly: 0.5 })).toThrow(/at most 1/);
  });
});
