import { describe, expect, it } from 'vitest';
import { esNieRecognizer, isValidNie } from './es-nie.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('es-nie', () => {
  it('counts the prefix as 0, 1 or 2 and checks the letter', () => {
    expect(isValidNie('X1234567L')).toBe(true);
    expect(isValidNie('y7654321g')).toBe(true);
    expect(isValidNie('Z-0012345-E')).toBe(true);
    expect(isValidNie('X1234567A')).toBe(false);
    expect(isValidNie('Y1234567L')).toBe(false);
  });

  it('finds NIEs with exact spans', () => {
    const text = 'Residentes: X1234567L, Y-7654321-G, z0012345e.';
    expect(spansOf(scanWith(esNieRecognizer, text))).toEqual([
      { type: 'ES_NIE', ...spanOf(text, 'X1234567L'), score: 0.8 },
      { type: 'ES_NIE', ...spanOf(text, 'Y-7654321-G'), score: 0.8 },
      { type: 'ES_NIE', ...spanOf(text, 'z0012345e'), score: 0.8 },
    ]);
  });

  it('rejects wrong letters, wrong lengths and other prefixes', () => {
    const text = 'X1234567A X123456L X12345678L W1234567L AX1234567L X1234567LL';
    expect(scanWith(esNieRecognizer, text)).toEqual([]);
  });

  it('reaches 1 next to "NIE"', () => {
    expect(scanWith(esNieRecognizer, 'NIE X1234567L')[0]?.score).toBe(1);
  });

  it('scans 200k digits quickly', () => {
    const { milliseconds, findings } = timedScan(esNieRecognizer, `X${'1'.repeat(200_000)}L`);
    expect(findings).toEqual([]);
    expect(milliseconds).toBeLessThan(2000);
  });
});
