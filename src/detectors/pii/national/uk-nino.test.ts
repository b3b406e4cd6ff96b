import { describe, expect, it } from 'vitest';
import { isValidNino, ukNinoRecognizer } from './uk-nino.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('uk-nino', () => {
  it('applies the prefix and suffix rules', () => {
    expect(isValidNino('AB123456C')).toBe(true);
    expect(isValidNino('JG103759A')).toBe(true);
    expect(isValidNino('DA123456A')).toBe(false);
    expect(isValidNino('AO123456A')).toBe(false);
    expect(isValidNino('GB123456A')).toBe(false);
    expect(isValidNino('TN123456A')).toBe(false);
    expect(isValidNino('AB123456E')).toBe(false);
    expect(isValidNino('AB12345C')).toBe(false);
  });

  it('finds compact and spaced numbers with exact spans', () => {
    const text = 'Records: JG103759A and later AB 12 34 56 C were filed.';
    expect(spansOf(scanWith(ukNinoRecognizer, text))).toEqual([
      { type: 'UK_NINO', ...spanOf(text, 'JG103759A'), score: 0.7 },
      { type: 'UK_NINO', ...spanOf(text, 'AB 12 34 56 C'), score: 0.7 },
    ]);
  });

  it('rejects unallocated prefixes, bad suffixes, wrong lengths and letters glued on', () => {
    const text = 'QQ123456C GB123456A AB123456E AB1234567C AB12345C XAB123456C AB123456CD ab123456c AB 12 3456 C';
    expect(scanWith(ukNinoRecognizer, text)).toEqual([]);
  });

  it('reaches 1 next to "national insurance"', () => {
    const text = 'National Insurance number: JG103759A';
    expect(scanWith(ukNinoRecognizer, text)[0]?.score).toBe(1);
  });

  it('scans 200k digits and 200k letters quickly', () => {
    const digits = timedScan(ukNinoRecognizer, `AB${'1'.repeat(200_000)}C`);
    const letters = timedScan(ukNinoRecognizer, 'AB'.repeat(100_000));
    expect([...digits.findings, ...letters.findings]).toEqual([]);
    expect(digits.milliseconds + letters.milliseconds).toBeLessThan(2000);
  });
});
