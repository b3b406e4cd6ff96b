import { describe, expect, it } from 'vitest';
import { deTaxIdRecognizer, hasTaxIdDigitPattern, isValidGermanTaxId } from './de-tax-id.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('de-tax-id', () => {
  it('applies the digit-repetition rule', () => {
    expect(hasTaxIdDigitPattern('8609574271')).toBe(true);
    expect(hasTaxIdDigitPattern('1123456789')).toBe(true);
    expect(hasTaxIdDigitPattern('6523107984')).toBe(false);
    expect(hasTaxIdDigitPattern('1213456781')).toBe(true);
    expect(hasTaxIdDigitPattern('8111967304')).toBe(false);
    expect(hasTaxIdDigitPattern('1122345678')).toBe(false);
    expect(hasTaxIdDigitPattern('1111234567')).toBe(false);
  });

  it('needs a leading 1-9 and the ISO 7064 check digit', () => {
    expect(isValidGermanTaxId('86095742719')).toBe(true);
    expect(isValidGermanTaxId('11234567890')).toBe(true);
    expect(isValidGermanTaxId('86095742718')).toBe(false);
    expect(isValidGermanTaxId('81119673048')).toBe(false);
    expect(isValidGermanTaxId('01234567899')).toBe(false);
  });

  it('finds compact and 2-3-3-3 grouped ids with exact spans', () => {
    const text = 'Mandant 86095742719 und Kind 11 234 567 890.';
    expect(spansOf(scanWith(deTaxIdRecognizer, text))).toEqual([
      { type: 'DE_TAX_ID', ...spanOf(text, '86095742719'), score: 0.55 },
      { type: 'DE_TAX_ID', ...spanOf(text, '11 234 567 890'), score: 0.55 },
    ]);
  });

  it('rejects bad checks, wrong lengths and leading zeros', () => {
    const text = '86095742718 860957427190 8609574271 06095742719 81119673048';
    expect(scanWith(deTaxIdRecognizer, text)).toEqual([]);
  });

  it('rises above 0.5 next to "Steuer-ID" and "steuerliche Identifikationsnummer"', () => {
    expect(scanWith(deTaxIdRecognizer, 'Ihre Steuer-ID: 86095742719')[0]?.score).toBe(0.85);
    expect(scanWith(deTaxIdRecognizer, 'steuerliche Identifikationsnummer 86095742719')[0]?.score).toBe(0.85);
  });

  it('scans 200k digits quickly', () => {
    const { milliseconds, findings } = timedScan(deTaxIdRecognizer, '5'.repeat(200_000));
    expect(findings).toEqual([]);
    expect(milliseconds).toBeLessThan(2000);
  });
});
