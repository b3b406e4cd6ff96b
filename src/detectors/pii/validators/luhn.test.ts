import { describe, expect, it } from 'vitest';
import { isLuhnValid, luhnCheckDigit } from './luhn.js';

describe('isLuhnValid', () => {
  it('accepts numbers whose Luhn sum is a multiple of 10', () => {
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('4000056655665556')).toBe(true);
    expect(isLuhnValid('0000000000000000')).toBe(true);
  });

  it('rejects a changed digit, a swapped pair, non-digits and too-short input', () => {
    expect(isLuhnValid('79927398710')).toBe(false);
    expect(isLuhnValid('4000056655665565')).toBe(false);
    expect(isLuhnValid('4000-0566')).toBe(false);
    expect(isLuhnValid('0')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
  });
});

describe('luhnCheckDigit', () => {
  it('computes the digit that completes a valid number', () => {
    expect(luhnCheckDigit('7992739871')).toBe('3');
    expect(isLuhnValid(`400005665566555${luhnCheckDigit('400005665566555')}`)).toBe(true);
  });

  it('throws on a string that is not digits', () => {
    expect(() => luhnCheckDigit('12a')).toThrow(RangeError);
  });
});
