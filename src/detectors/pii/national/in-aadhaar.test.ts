import { describe, expect, it } from 'vitest';
import { inAadhaarRecognizer, isValidAadhaar } from './in-aadhaar.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('in-aadhaar', () => {
  it('needs 12 digits, a first digit 2-9 and the Verhoeff check', () => {
    expect(isValidAadhaar('234123456783')).toBe(true);
    expect(isValidAadhaar('987654321012')).toBe(true);
    expect(isValidAadhaar('234123456784')).toBe(false);
    expect(isValidAadhaar('123412345678')).toBe(false);
    expect(isValidAadhaar('23412345678')).toBe(false);
    expect(isValidAadhaar('222222222222')).toBe(false);
  });

  it('finds compact and 4-4-4 grouped numbers with exact spans', () => {
    const text = 'ids: 2341 2345 6783; 987654321012; 5012-3456-7896.';
    expect(spansOf(scanWith(inAadhaarRecognizer, text))).toEqual([
      { type: 'IN_AADHAAR', ...spanOf(text, '2341 2345 6783'), score: 0.4 },
      { type: 'IN_AADHAAR', ...spanOf(text, '987654321012'), score: 0.4 },
      { type: 'IN_AADHAAR', ...spanOf(text, '5012-3456-7896'), score: 0.4 },
    ]);
  });

  it('rejects bad checks, wrong lengths and groups inside a longer grouped number', () => {
    const text = '2341 2345 6784 | 2341234567831 | 23412345678 | 4111 2341 2345 6783 | 2341 2345-6783';
    expect(scanWith(inAadhaarRecognizer, text)).toEqual([]);
  });

  it('rises above 0.5 next to "Aadhaar" and in Hindi', () => {
    expect(scanWith(inAadhaarRecognizer, 'Aadhaar no. 2341 2345 6783')[0]?.score).toBe(0.7);
    expect(scanWith(inAadhaarRecognizer, 'आधार संख्या 2341 2345 6783')[0]?.score).toBe(0.7);
  });

  it('scans 200k digits quickly', () => {
    const { milliseconds, findings } = timedScan(inAadhaarRecognizer, '2'.repeat(200_000));
    expect(findings).toEqual([]);
    expect(milliseconds).toBeLessThan(2000);
  });
});
