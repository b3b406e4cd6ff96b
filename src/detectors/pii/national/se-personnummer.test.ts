import { describe, expect, it } from 'vitest';
import { isValidPersonnummer, sePersonnummerRecognizer } from './se-personnummer.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('se-personnummer', () => {
  it('needs a real date and Luhn over the last ten digits', () => {
    expect(isValidPersonnummer('8507099805')).toBe(true);
    expect(isValidPersonnummer('198507099805')).toBe(true);
    expect(isValidPersonnummer('8507699802')).toBe(true);
    expect(isValidPersonnummer('0002291235')).toBe(true);
    expect(isValidPersonnummer('8507099806')).toBe(false);
    expect(isValidPersonnummer('0202294567')).toBe(false);
    expect(isValidPersonnummer('188507099805')).toBe(false);
    expect(isValidPersonnummer('850709980')).toBe(false);
  });

  it('scores the separated layout higher than a bare run, with exact spans', () => {
    const text = 'Sökande 850709-9805, make 19481230-1234, barn 0002291235, mor 198507699802.';
    expect(spansOf(scanWith(sePersonnummerRecognizer, text))).toEqual([
      { type: 'SE_PERSONNUMMER', ...spanOf(text, '850709-9805'), score: 0.6 },
      { type: 'SE_PERSONNUMMER', ...spanOf(text, '19481230-1234'), score: 0.6 },
      { type: 'SE_PERSONNUMMER', ...spanOf(text, '0002291235'), score: 0.45 },
      { type: 'SE_PERSONNUMMER', ...spanOf(text, '198507699802'), score: 0.45 },
    ]);
  });

  it('rejects bad Luhn digits, impossible dates and wrong lengths', () => {
    const text = '850709-9806 020229-4567 851309-9805 85070998051 85070-99805 1850709-9805';
    expect(scanWith(sePersonnummerRecognizer, text)).toEqual([]);
  });

  it('rises above 0.5 next to "personnummer"', () => {
    expect(scanWith(sePersonnummerRecognizer, 'Personnummer: 8507099805')[0]?.score).toBe(0.75);
  });

  it('scans 200k digits quickly', () => {
    const { milliseconds, findings } = timedScan(sePersonnummerRecognizer, '6'.repeat(200_000));
    expect(findings).toEqual([]);
    expect(milliseconds).toBeLessThan(2000);
  });
});
