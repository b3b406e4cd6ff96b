import { describe, expect, it } from 'vitest';
import { countDigits, digitsOf, isDigitCode, isLetterCode, isOneRepeatedCharacter, isWordCode } from './characters.js';

describe('character helpers', () => {
  it('classify ASCII digits, letters and word characters by code', () => {
    expect(isDigitCode('7'.charCodeAt(0))).toBe(true);
    expect(isDigitCode('a'.charCodeAt(0))).toBe(false);
    expect(isLetterCode('Z'.charCodeAt(0))).toBe(true);
    expect(isLetterCode('é'.charCodeAt(0))).toBe(false);
    expect(isWordCode('_'.charCodeAt(0))).toBe(true);
    expect(isWordCode('-'.charCodeAt(0))).toBe(false);
  });

  it('extract digits and spot repeated characters', () => {
    expect(digitsOf('+1 (415) 555-0100')).toBe('14155550100');
    expect(isOneRepeatedCharacter('0000')).toBe(true);
    expect(isOneRepeatedCharacter('0001')).toBe(false);
    expect(isOneRepeatedCharacter('')).toBe(false);
    expect(countDigits('+1 (415) 555-0100')).toBe(11);
  });
});
