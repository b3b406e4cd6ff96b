import { requireOpenProbability, requireProbability } from './validate.js';

export interface HolmDecision {
  /** The p-value as given. */
  p: number;
  /** Holm-adjusted p-value: monotone in p, capped at 1. */
  adjusted: number;
  /** Whether the hypothesis is rejected at family-wise error rate alpha (adjusted ≤ alpha). */
  reject: boolean;
}

/**
 * Holm–Bonferroni step-down adjustment of a family of p-values, controlling the family-wise error
 * rate at `alpha`. With m p-values sorted ascending, adjusted₍ᵢ₎ = max over j ≤ i of
 * min(1, (m − j + 1)·p₍ⱼ₎); equal p-values get equal adjusted values whatever their order.
 * @example
 * holm({ a: 0.01, b: 0.04, c: 0.03 }).a; // { p: 0.01, adjusted: 0.03, reject: true }
 */
export function holm(pValues: Record<string, number>, alpha = 0.05): Record<string, HolmDecision> {
  requireOpenProbability('alpha', alpha);
  const entries = Object.entries(pValues); // sorted below; the sort is stable for ties
  for (const [key, p] of entries) requireProbability(`pValues.${key}`, p);
  entries.sort((left, right) => left[1] - right[1]);
  const m = entries.length;
  const decisions = new Map<string, HolmDecision>();
  let running = 0;
  for (const [rank, [key, p]] of entries.entries()) {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    decisions.set(key, { p, adjusted: running, reject: running <= alpha });
  }
  // Keys come back in the caller's order; fromEntries is safe for any key, "__proto__" included.
  return Object.fromEntries(Object.keys(pValues).map((key) => [key, decisions.get(key) as HolmDecision]));
}
