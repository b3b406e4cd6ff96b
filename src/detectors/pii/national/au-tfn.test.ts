import { describe, expect, it } from 'vitest';
import { auTfnRecognizer, isValidTfn } from './au-tfn.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('au-tfn', () => {
  it('checks the weighted sum of 9- and 8-digit numbers', () => {
    expect(isValidTfn('123456782')).toBe(true);
    expect(isValidTfn('876543210')).toBe(true);
    expect(isValidTfn('12345677')).toBe(true);
    expect(isValidTfn('123456783')).toBe(false);
    expect(isValidTfn('12345678')).toBe(false);
    expect(isValidTfn('1234567820')).toBe(false);
    expect(isValidTfn('000000000')).toBe(false);
  });

  it('finds spaced, compact and 8-digit numbers with exact spans', () => {
    const text = 'Employee 123 456 782, contractor 876543210, retiree 12345677.';
    expect(spansOf(scanWith(auTfnRecognizer, text))).toEqual([
      { type: 'AU_TFN', ...spanOf(text, '123 456 782'), score: 0.4 },
      { type: 'AU_TFN', ...spanOf(text, '876543210'), score: 0.4 },
      { type: 'AU_TFN', ...spanOf(text, '12345677'), score: 0.4 },
    ]);
  });

  it('rejects bad checks, wrong lengths and mixed separators', () => {
    const text = '123456783 1234567820 1234567 123 456-782 9/123456782';
    expect(scanWith(auTfnRecognizer, text)).toEqual([]);
  });

  it('rises above 0.5 next to "TFN"', () => {
    expect(scanWith(auTfnRecognizer, 'Your TFN is 123 456 782')[0]?.score).toBe(0.7);
  });

  it('scans 200k digits quickly', () => {
    const { milliseconds, findings } = timedScan(auTfnRecognizer, '3'.repeat(200_000));
    expect(findings).toEqual([]);
    expect(milliseconds).toBeLessThan(2000);
  });
});
