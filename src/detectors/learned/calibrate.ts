import type { Calibration } from './model.js';

/**
 * Fits Platt scaling, p = 1 / (1 + e^-(a·z + b)), to raw logits and labels by Newton's method on
 * the log loss, with Platt's smoothed targets so a perfectly separated set does not push `a` to
 * infinity.
 * @example
 * const { a, b } = fitPlatt([-2, -1, 1, 2], [false, false, true, true]);
 */
export function fitPlatt(logits: readonly number[], positives: readonly boolean[]): Calibration {
  const positiveCount = positives.filter(Boolean).length;
  const negativeCount = positives.length - positiveCount;
  if (positiveCount === 0 || negativeCount === 0) return { a: 1, b: 0 };
  const high = (positiveCount + 1) / (positiveCount + 2);
  const low = 1 / (negativeCount + 2);
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    let gradientA = 0;
    let gradientB = 0;
    let hessianAA = 1e-9;
    let hessianAB = 0;
    let hessianBB = 1e-9;
    for (let index = 0; index < logits.length; index++) {
      const z = logits[index]!;
      const target = positives[index] ? high : low;
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const error = p - target;
      const curvature = Math.max(p * (1 - p), 1e-12);
      gradientA += error * z;
      gradientB += error;
      hessianAA += curvature * z * z;
      hessianAB += curvature * z;
      hessianBB += curvature;
    }
    const determinant = hessianAA * hessianBB - hessianAB * hessianAB;
    if (Math.abs(determinant) < 1e-18) break;
    const stepA = (hessianBB * gradientA - hessianAB * gradientB) / determinant;
    const stepB = (hessianAA * gradientB - hessianAB * gradientA) / determinant;
    a -= stepA;
    b -= stepB;
    if (Math.abs(stepA) < 1e-9 && Math.abs(stepB) < 1e-9) break;
  }
  return { a, b };
}
