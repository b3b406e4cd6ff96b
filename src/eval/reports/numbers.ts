import type { RateSummary } from '../types.js';

/** A number with fixed decimals ("0.50"), or "n/a" when it is not finite. */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return 'n/a';
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** A rate with its 95% interval: "0.50 [0.24, 0.76]". */
export function formatRate(summary: Pick<RateSummary, 'passRate' | 'ci95'>): string {
  return `${formatNumber(summary.passRate)} [${formatNumber(summary.ci95[0])}, ${formatNumber(summary.ci95[1])}]`;
}

/** A signed difference: "+0.10", "-0.25", "0.00". */
export function formatDifference(value: number): string {
  const text = formatNumber(value);
  return value > 0 && text !== formatNumber(0) ? `+${text}` : text;
}

/** A p-value with three decimals, "<0.001" below that, "n/a" when missing. */
export function formatPValue(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  return value < 0.001 ? '<0.001' : value.toFixed(3);
}

/** Seconds with millisecond precision, for JUnit `time` attributes. */
export function formatSeconds(milliseconds: number): string {
  return Number.isFinite(milliseconds) ? (Math.max(0, milliseconds) / 1000).toFixed(3) : '0.000';
}
