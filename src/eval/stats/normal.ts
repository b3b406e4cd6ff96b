import { VouchError } from '../../core/errors.js';

/**
 * The standard normal distribution: `normalCdf` (through a complementary error function accurate to
 * about 1e-15 relative) and `normalQuantile` (Acklam's rational approximation, then one Halley step
 * against `normalCdf`, accurate to about 1e-15). No tables, no dependencies.
 */

const sqrtPi = Math.sqrt(Math.PI);
const sqrtTwo = Math.SQRT2;
const sqrtTwoPi = Math.sqrt(2 * Math.PI);

/** e^(−t²/2) with t split so that t² is not rounded: keeps full relative precision far out. */
function halfGaussian(t: number): number {
  const coarse = Math.round(t * 16) / 16;
  return Math.exp((-coarse * coarse) / 2) * Math.exp((-(t - coarse) * (t + coarse)) / 2);
}

/** erf(u) for 0 ≤ u < 2: 2/√π · e^(−u²) · Σ 2ⁿ u^(2n+1) / (1·3·…·(2n+1)), all terms positive. */
function erfSeries(u: number): number {
  let term = u;
  let sum = u;
  for (let n = 1; term > 1e-17 * sum; n += 1) {
    term *= (2 * u * u) / (2 * n + 1);
    sum += term;
  }
  return (2 / sqrtPi) * Math.exp(-u * u) * sum;
}

/** √π · e^(u²) · erfc(u) for u ≥ 2: Laplace's continued fraction u + (1/2)/(u + (2/2)/(u + …)), inverted. */
function erfcContinuedFraction(u: number): number {
  let fraction = u;
  let numeratorSide = u;
  let denominatorSide = 0;
  for (let k = 1; k < 1000; k += 1) {
    const partial = k / 2;
    denominatorSide = 1 / (u + partial * denominatorSide);
    numeratorSide = u + partial / numeratorSide;
    const change = numeratorSide * denominatorSide;
    fraction *= change;
    if (Math.abs(change - 1) < 1e-16) break;
  }
  return 1 / fraction;
}

/** P(Z > t) for t ≥ 0. */
function upperTail(t: number): number {
  const u = t / sqrtTwo;
  if (u < 2) return (1 - erfSeries(u)) / 2;
  if (t > 40) return 0; // below the smallest double
  return (halfGaussian(t) * erfcContinuedFraction(u)) / (2 * sqrtPi);
}

/**
 * P(Z ≤ x) for a standard normal Z, accurate in both tails.
 * @example
 * normalCdf(1.959963984540054); // 0.975
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const tail = upperTail(Math.abs(x));
  return x < 0 ? tail : 1 - tail;
}

// Acklam's coefficients: central region numerator/denominator, tail numerator/denominator.
const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const lowBreak = 0.02425;

function polynomial(coefficients: number[], x: number): number {
  let value = 0;
  for (const coefficient of coefficients) value = value * x + coefficient;
  return value;
}

/** Acklam's approximation for p ≤ 0.5 (the upper half follows by symmetry). */
function acklamLowerHalf(p: number): number {
  if (p < lowBreak) {
    const q = Math.sqrt(-2 * Math.log(p));
    return polynomial(c, q) / (polynomial(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (polynomial(a, r) * q) / (polynomial(b, r) * r + 1);
}

/** Quantile for p ≤ 0.5: Acklam, then one Halley step on Φ(x) − p (removes its ~1e-9 error). */
function lowerHalfQuantile(p: number): number {
  const estimate = acklamLowerHalf(p);
  const error = normalCdf(estimate) - p;
  const scaled = error * sqrtTwoPi * Math.exp((estimate * estimate) / 2);
  const refined = estimate - scaled / (1 + (estimate * scaled) / 2);
  return Number.isFinite(refined) ? refined : estimate;
}

/**
 * The x with P(Z ≤ x) = p for a standard normal Z; −Infinity at 0 and +Infinity at 1.
 * @example
 * normalQuantile(0.975); // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) {
    throw new VouchError('VOUCH_INPUT_INVALID', `normalQuantile needs a probability in [0, 1], got ${String(p)}`, {
      fix: 'Pass a probability between 0 and 1.',
    });
  }
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  // 1 − p is exact for p ≥ 0.5, so the upper half keeps full relative precision in its tail.
  return p > 0.5 ? -lowerHalfQuantile(1 - p) : lowerHalfQuantile(p);
}
