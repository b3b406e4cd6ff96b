import { describe, expect, it } from 'vitest';
import { isValidBsn, nlBsnRecognizer } from './nl-bsn.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('nl-bsn', () => {
  it('applies the 11-proof with a -1 weight on the last digit', () => {
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('314159265')).toBe(true);
    expect(isValidBsn('123456783')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
  });

  it('finds compact, dotted and spaced 3-3-3 numbers with exact spans', () => {
    const text = 'Klant 123456782 en partner 3141.59.265 en kind 111 222 333 staan erin.';
    expect(spansOf(scanWith(nlBsnRecognizer, text))).toEqual([
      { type: 'NL_BSN', ...spanOf(text, '123456782'), score: 0.4 },
      { type: 'NL_BSN', ...spanOf(text, '3141.59.265'), score: 0.4 },
      { type: 'NL_BSN', ...spanOf(text, '111 222 333'), score: 0.4 },
    ]);
  });

  it('rejects bad checks, wrong lengths and half-dotted forms', () => {
    const text = '123456783 1234567820 12345678 1234.56782 3.123456782 111 222 334 11 222 333 444';
    expect(scanWith(nlBsnRecognizer, text)).toEqual([]);
  });

  it('rises above 0.5 next to "BSN" or "burgerservicenummer"', () => {
    expect(scanWith(nlBsnRecognizer, 'BSN: 123456782')[0]?.score).toBe(0.7);
    expect(scanWith(nlBsnRecognizer, 'uw burgerservicenummer is 1234.56.782')[0]?.score).toBe(0.7);
  });

  it('scans 200k digits quickly', () => {
    const { milliseconds, findings } = timedScan(nlBsnRecognizer, '4'.repeat(200_000));
    expect(findings).toEqual([]);
    expect(milliseconds).toBeLessThan(2000);
  });
});
