import { describe, expect, it } from 'vitest';
import { inPanRecognizer, isValidPan } from './in-pan.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('in-pan', () => {
  it('checks the shape and the holder type', () => {
    expect(isValidPan('ABCPK1234Q')).toBe(true);
    expect(isValidPan('XYZCT9876A')).toBe(true);
    expect(isValidPan('ABCDK1234Q')).toBe(false);
    expect(isValidPan('ABCPK0000Q')).toBe(false);
    expect(isValidPan('ABCPK123Q')).toBe(false);
  });

  it('finds PANs with exact spans', () => {
    const text = 'Filed with ABCPK1234Q and XYZCT9876A today.';
    expect(spansOf(scanWith(inPanRecognizer, text))).toEqual([
      { type: 'IN_PAN', ...spanOf(text, 'ABCPK1234Q'), score: 0.7 },
      { type: 'IN_PAN', ...spanOf(text, 'XYZCT9876A'), score: 0.7 },
    ]);
  });

  it('rejects wrong holder types, wrong lengths, lower case and glued letters', () => {
    const text = 'ABCDK1234Q ABCPK123Q ABCPK12345Q abcpk1234q XABCPK1234Q ABCPK1234QX ABCPK0000Q';
    expect(scanWith(inPanRecognizer, text)).toEqual([]);
  });

  it('reaches 1 next to "PAN"', () => {
    expect(scanWith(inPanRecognizer, 'PAN: ABCPK1234Q')[0]?.score).toBe(1);
  });

  it('scans 200k digits and letters quickly', () => {
    const digits = timedScan(inPanRecognizer, `ABCPK${'1'.repeat(200_000)}Q`);
    const letters = timedScan(inPanRecognizer, 'P'.repeat(200_000));
    expect([...digits.findings, ...letters.findings]).toEqual([]);
    expect(digits.milliseconds + letters.milliseconds).toBeLessThan(2000);
  });
});
