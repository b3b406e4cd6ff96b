import { describe, expect, it } from 'vitest';
import { isValidPesel, plPeselRecognizer, readsAsCompactDate } from './pl-pesel.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('pl-pesel', () => {
  it('validates the check digit and the birth date with century offsets', () => {
    expect(isValidPesel('85123100013')).toBe(true);
    expect(isValidPesel('02231501237')).toBe(true);
    expect(isValidPesel('88022904562')).toBe(true);
    expect(isValidPesel('18031407897')).toBe(true);
    expect(isValidPesel('56120801238')).toBe(true);
    expect(isValidPesel('85123100014')).toBe(false);
    expect(isValidPesel('91022904562')).toBe(false);
    expect(isValidPesel('00430101232')).toBe(true);
    expect(isValidPesel('00222901239')).toBe(true);
    expect(isValidPesel('00422901235')).toBe(false);
    expect(isValidPesel('00130101233')).toBe(false);
    expect(isValidPesel('00930101237')).toBe(false);
    expect(isValidPesel('8512310001')).toBe(false);
  });

  it('finds PESELs with exact spans', () => {
    const text = 'Wnioskodawca 85123100013, dziecko 02231501237.';
    expect(spansOf(scanWith(plPeselRecognizer, text))).toEqual([
      { type: 'PL_PESEL', ...spanOf(text, '85123100013'), score: 0.55 },
      { type: 'PL_PESEL', ...spanOf(text, '02231501237'), score: 0.55 },
    ]);
  });

  it('rejects bad checks, impossible dates, wrong lengths and decimals', () => {
    const text = '85123100014 91022904562 851231000131 8512310001 0.85123100013 85123100013-4';
    expect(scanWith(plPeselRecognizer, text)).toEqual([]);
  });

  it('keeps a valid PESEL that reads as a YYYYMMDD date stamp below 0.5 unless named', () => {
    expect(readsAsCompactDate('20240315007')).toBe(true);
    expect(readsAsCompactDate('85123100013')).toBe(false);
    expect(scanWith(plPeselRecognizer, 'batch 20240315007 shipped')[0]?.score).toBe(0.45);
    expect(scanWith(plPeselRecognizer, 'PESEL dziecka: 20240315007')[0]?.score).toBe(0.75);
  });

  it('rises next to "PESEL" and drops below 0.5 next to "invoice"', () => {
    expect(scanWith(plPeselRecognizer, 'PESEL: 85123100013')[0]?.score).toBe(0.85);
    expect(scanWith(plPeselRecognizer, 'invoice 85123100013')[0]?.score).toBe(0.25);
  });

  it('scans 200k digits quickly', () => {
    const { milliseconds, findings } = timedScan(plPeselRecognizer, '8'.repeat(200_000));
    expect(findings).toEqual([]);
    expect(milliseconds).toBeLessThan(2000);
  });
});
