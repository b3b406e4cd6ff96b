import { describe, expect, it } from 'vitest';
import { codeUnitsOf } from './code-units.js';

const unitsOf = (text: string): number[] => Array.from(codeUnitsOf(text).subarray(0, text.length));

describe('codeUnitsOf', () => {
  it('gives the UTF-16 code units of the text, surrogates included', () => {
    expect(unitsOf('aZ é请😀\ud800')).toEqual([0x61, 0x5a, 0x20, 0xe9, 0x8bf7, 0xd83d, 0xde00, 0xd800]);
    expect(unitsOf('')).toEqual([]);
  });

  it('reuses one array, growing it for longer texts', () => {
    const first = codeUnitsOf('short');
    expect(codeUnitsOf('other')).toBe(first);
    const long = 'xy'.repeat(5000);
    const units = codeUnitsOf(long);
    expect(units.length).toBeGreaterThanOrEqual(long.length);
    expect(units[9999]).toBe(0x79);
    expect(unitsOf('ab')).toEqual([0x61, 0x62]);
  });

  it('copies again only when the text changes, including one of the same length', () => {
    expect(unitsOf('abc')).toEqual([0x61, 0x62, 0x63]);
    expect(unitsOf('abc')).toEqual([0x61, 0x62, 0x63]);
    expect(unitsOf('abd')).toEqual([0x61, 0x62, 0x64]);
    expect(unitsOf(['ab', 'c'].join(''))).toEqual([0x61, 0x62, 0x63]);
  });
});
