import { VouchError } from '../../core/errors.js';

const halfLogTwoPi = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(x) for x > 0: Stirling's series with terms through B₁₄ (error below 1e-15 relative for
 * x ≥ 10), after shifting smaller x up with Γ(x) = Γ(x + m) / (x·(x + 1)·…·(x + m − 1)).
 * @example
 * logGamma(5); // ln 4! = ln 24
 */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) {
    throw new VouchError('VOUCH_INPUT_INVALID', `logGamma needs a finite x > 0, got ${String(x)}`, {
      fix: 'Pass a positive finite number.',
    });
  }
  let shifted = x;
  let product = 1;
  while (shifted < 10) {
    product *= shifted;
    shifted += 1;
  }
  const inverse = 1 / shifted;
  const inverseSquared = inverse * inverse;
  // Σ B₂ₖ / (2k(2k − 1) z^(2k−1)) for k = 1..7, in Horner form over 1/z².
  const series =
    inverse *
    (1 / 12 +
      inverseSquared *
        (-1 / 360 +
          inverseSquared *
            (1 / 1260 +
              inverseSquared * (-1 / 1680 + inverseSquared * (1 / 1188 + inverseSquared * (-691 / 360360 + inverseSquared / 156))))));
  const stirling = (shifted - 0.5) * Math.log(shifted) - shifted + halfLogTwoPi + series;
  return stirling - Math.log(product);
}

/** ln C(n, k) for whole numbers 0 ≤ k ≤ n. */
export function logChoose(n: number, k: number): number {
  if (k === 0 || k === n) return 0;
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}
