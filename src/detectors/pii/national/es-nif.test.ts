import { describe, expect, it } from 'vitest';
import { esNifRecognizer, isValidNif } from './es-nif.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('es-nif', () => {
  it('checks the control letter', () => {
    expect(isValidNif('12345678Z')).toBe(true);
    expect(isValidNif('87654321x')).toBe(true);
    expect(isValidNif('45.901.234-L')).toBe(true);
    expect(isValidNif('12345678A')).toBe(false);
    expect(isValidNif('2345678T')).toBe(false);
  });

  it('finds compact, hyphenated and dotted forms with exact spans', () => {
    const text = 'Cliente 12345678Z, 87654321-X y 45.901.234-L.';
    expect(spansOf(scanWith(esNifRecognizer, text))).toEqual([
      { type: 'ES_NIF', ...spanOf(text, '12345678Z'), score: 0.65 },
      { type: 'ES_NIF', ...spanOf(text, '87654321-X'), score: 0.65 },
      { type: 'ES_NIF', ...spanOf(text, '45.901.234-L'), score: 0.65 },
    ]);
  });

  it('rejects wrong letters, wrong lengths and letters glued on', () => {
    const text = '12345678A 1234567Z 123456789Z 12345678ZA 012345678Z 45.901234-L';
    expect(scanWith(esNifRecognizer, text)).toEqual([]);
  });

  it('reaches 0.95 next to "DNI"', () => {
    expect(scanWith(esNifRecognizer, 'DNI: 12345678Z')[0]?.score).toBe(0.95);
  });

  it('scans 200k digits quickly', () => {
    const { milliseconds, findings } = timedScan(esNifRecognizer, `${'1'.repeat(200_000)}Z`);
    expect(findings).toEqual([]);
    expect(milliseconds).toBeLessThan(2000);
  });
});
