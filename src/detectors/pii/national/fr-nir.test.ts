import { describe, expect, it } from 'vitest';
import { frNirRecognizer, isValidNir, nirKey } from './fr-nir.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('fr-nir', () => {
  it('computes the key as 97 minus the body mod 97, reading 2A as 19 and 2B as 18', () => {
    expect(nirKey('1850578006084')).toBe(91);
    expect(nirKey('177082A123045')).toBe(11);
    expect(nirKey('288122B045123')).toBe(29);
  });

  it('validates sex digit, month, department and key', () => {
    expect(isValidNir('185057800608491')).toBe(true);
    expect(isValidNir('293027512345668')).toBe(true);
    expect(isValidNir('177082A12304511')).toBe(true);
    expect(isValidNir('288122B04512329')).toBe(true);
    expect(isValidNir('185057800608492')).toBe(false);
    expect(isValidNir('585057800608491')).toBe(false);
    expect(isValidNir('185137800608491')).toBe(false);
    expect(isValidNir('18505780060849')).toBe(false);
  });

  it('finds compact, spaced and Corsican numbers with exact spans', () => {
    const text = 'Assuré 185057800608491, conjointe 2 93 02 75 123 456 68, enfant 177082a12304511.';
    expect(spansOf(scanWith(frNirRecognizer, text))).toEqual([
      { type: 'FR_NIR', ...spanOf(text, '185057800608491'), score: 0.65 },
      { type: 'FR_NIR', ...spanOf(text, '2 93 02 75 123 456 68'), score: 0.65 },
      { type: 'FR_NIR', ...spanOf(text, '177082a12304511'), score: 0.65 },
    ]);
  });

  it('rejects wrong keys, wrong lengths and mixed spacing', () => {
    const text = '185057800608492 1850578006084910 18505780060849 1 85 0578 006 084 91 177082C12304511';
    expect(scanWith(frNirRecognizer, text)).toEqual([]);
  });

  it('reaches 0.95 next to "sécurité sociale"', () => {
    const text = 'Numéro de sécurité sociale : 1 85 05 78 006 084 91';
    expect(scanWith(frNirRecognizer, text)[0]?.score).toBe(0.95);
  });

  it('scans 200k digits quickly', () => {
    const { milliseconds, findings } = timedScan(frNirRecognizer, '1'.repeat(200_000));
    expect(findings).toEqual([]);
    expect(milliseconds).toBeLessThan(2000);
  });
});
