import { describe, expect, it } from 'vitest';
import { caSinRecognizer, isValidSin } from './ca-sin.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('ca-sin', () => {
  it('needs Luhn and an issued first digit', () => {
    expect(isValidSin('130123458')).toBe(true);
    expect(isValidSin('523418671')).toBe(true);
    expect(isValidSin('130123457')).toBe(false);
    expect(isValidSin('046454286')).toBe(false);
    expect(isValidSin('812345671')).toBe(false);
    expect(isValidSin('13012345')).toBe(false);
  });

  it('finds compact, spaced and hyphenated numbers with exact spans', () => {
    const text = 'ids 130 123 458, 523418671 and 712-345-123 here';
    expect(spansOf(scanWith(caSinRecognizer, text))).toEqual([
      { type: 'CA_SIN', ...spanOf(text, '130 123 458'), score: 0.4 },
      { type: 'CA_SIN', ...spanOf(text, '523418671'), score: 0.4 },
      { type: 'CA_SIN', ...spanOf(text, '712-345-123'), score: 0.4 },
    ]);
  });

  it('rejects bad checksums, wrong lengths and glued numbers', () => {
    const text = '130123457 13012345 1301234580 130 123-458 046454286 2.130123458';
    expect(scanWith(caSinRecognizer, text)).toEqual([]);
  });

  it('rises above 0.5 next to "SIN" or the French "NAS"', () => {
    expect(scanWith(caSinRecognizer, 'My SIN: 130 123 458')[0]?.score).toBe(0.7);
    expect(scanWith(caSinRecognizer, "numéro d'assurance sociale 130123458")[0]?.score).toBe(0.7);
    expect(scanWith(caSinRecognizer, 'tracking 130123458')[0]?.score).toBe(0.1);
  });

  it('scans 200k digits quickly', () => {
    const { milliseconds, findings } = timedScan(caSinRecognizer, '1'.repeat(200_000));
    expect(findings).toEqual([]);
    expect(milliseconds).toBeLessThan(2000);
  });
});
