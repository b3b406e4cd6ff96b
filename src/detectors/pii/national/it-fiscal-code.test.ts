import { describe, expect, it } from 'vitest';
import { fiscalCodeCheckLetter, isValidFiscalCode, itFiscalCodeRecognizer } from './it-fiscal-code.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('it-fiscal-code', () => {
  it('computes the check letter from the odd and even tables', () => {
    expect(fiscalCodeCheckLetter('BNCGLI92E51F205')).toBe('S');
    expect(fiscalCodeCheckLetter('VRDPLA70A41H501')).toBe('R');
  });

  it('validates dates, including the +40 day for women and omocodia letters', () => {
    expect(isValidFiscalCode('BNCGLI92E51F205S')).toBe(true);
    expect(isValidFiscalCode('VRDPLA70A41H501R')).toBe(true);
    expect(isValidFiscalCode('RSSMRA85T10A56NH')).toBe(true);
    expect(isValidFiscalCode('RSSMRAURTMLARSNL')).toBe(true);
    expect(isValidFiscalCode('BNCGLI92E51F205T')).toBe(false);
    expect(isValidFiscalCode('BNCGLI92E35F205S')).toBe(false);
    expect(isValidFiscalCode('BNCGLI92F51F205S')).toBe(false);
  });

  it('finds codes with up to six digits replaced, and misses the 7th level of omocodia, which holds no digit', () => {
    expect(isValidFiscalCode('RSSMRAURTMLARSNL')).toBe(true);
    expect(scanWith(itFiscalCodeRecognizer, 'id RSSMRAURTMLARSNL')).toEqual([]);
    const sixthLevel = 'RSSMRA8RTMLARSNO';
    expect(spansOf(scanWith(itFiscalCodeRecognizer, `id ${sixthLevel}`))).toEqual([{ type: 'IT_FISCAL_CODE', start: 3, end: 19, score: 0.85 }]);
  });

  it('finds codes in upper or lower case with exact spans', () => {
    const text = 'Intestatario BNCGLI92E51F205S; vrdpla70a41h501r; RSSMRA85T10A56NH.';
    expect(spansOf(scanWith(itFiscalCodeRecognizer, text))).toEqual([
      { type: 'IT_FISCAL_CODE', ...spanOf(text, 'BNCGLI92E51F205S'), score: 0.85 },
      { type: 'IT_FISCAL_CODE', ...spanOf(text, 'vrdpla70a41h501r'), score: 0.85 },
      { type: 'IT_FISCAL_CODE', ...spanOf(text, 'RSSMRA85T10A56NH'), score: 0.85 },
    ]);
  });

  it('rejects wrong check letters, mixed case, wrong lengths and glued characters', () => {
    const text = 'BNCGLI92E51F205T BncGLI92E51F205S BNCGLI92E51F205 BNCGLI92E51F205SS XBNCGLI92E51F205S BNCGLI92E51F2055S';
    expect(scanWith(itFiscalCodeRecognizer, text)).toEqual([]);
  });

  it('reaches 1 next to "codice fiscale"', () => {
    expect(scanWith(itFiscalCodeRecognizer, 'Codice fiscale: BNCGLI92E51F205S')[0]?.score).toBe(1);
  });

  it('scans 200k digits and letters quickly', () => {
    const digits = timedScan(itFiscalCodeRecognizer, `BNCGLI${'1'.repeat(200_000)}`);
    const letters = timedScan(itFiscalCodeRecognizer, 'L'.repeat(200_000));
    expect([...digits.findings, ...letters.findings]).toEqual([]);
    expect(digits.milliseconds + letters.milliseconds).toBeLessThan(2000);
  });
});
