import { describe, expect, it } from 'vitest';
import { formatDifference, formatNumber, formatPValue, formatRate, formatSeconds } from './numbers.js';
import { rateSummary } from './testing/fixtures.js';

describe('number formatting', () => {
  it('formats a rate with its Wilson interval', () => {
    expect(formatRate(rateSummary(5, 5))).toBe('0.50 [0.24, 0.76]');
    expect(formatRate(rateSummary(0, 0))).toBe('0.00 [0.00, 0.00]');
    expect(formatRate({ passRate: 1, ci95: [0.7225, 1] })).toBe('1.00 [0.72, 1.00]');
  });

  it('signs differences and never prints negative zero', () => {
    expect(formatDifference(0.1)).toBe('+0.10');
    expect(formatDifference(-0.25)).toBe('-0.25');
    expect(formatDifference(-0.001)).toBe('0.00');
    expect(formatDifference(0.001)).toBe('0.00');
    expect(formatNumber(Number.NaN)).toBe('n/a');
  });

  it('formats p-values', () => {
    expect(formatPValue(0.0004)).toBe('<0.001');
    expect(formatPValue(0.04567)).toBe('0.046');
    expect(formatPValue(undefined)).toBe('n/a');
  });

  it('formats milliseconds as seconds', () => {
    expect(formatSeconds(1234.5)).toBe('1.234');
    expect(formatSeconds(-5)).toBe('0.000');
    expect(formatSeconds(Number.POSITIVE_INFINITY)).toBe('0.000');
  });
});
