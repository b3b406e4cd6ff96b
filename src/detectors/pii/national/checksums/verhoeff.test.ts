import { describe, expect, it } from 'vitest';
import { verhoeffCheckDigit, verhoeffValid } from './verhoeff.js';

describe('verhoeff', () => {
  it('computes the textbook check digit', () => {
    expect(verhoeffCheckDigit('236')).toBe(3);
    expect(verhoeffCheckDigit('12345')).toBe(1);
  });

  it('accepts numbers ending in their check digit', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('123451')).toBe(true);
  });

  it('catches every single-digit change and adjacent swap of a valid number', () => {
    const valid = '52341867902' + String(verhoeffCheckDigit('52341867902'));
    expect(verhoeffValid(valid)).toBe(true);
    for (let index = 0; index < valid.length; index++) {
      for (let digit = 0; digit <= 9; digit++) {
        if (String(digit) === valid[index]) continue;
        const changed = valid.slice(0, index) + String(digit) + valid.slice(index + 1);
        expect(verhoeffValid(changed)).toBe(false);
      }
      if (index + 1 < valid.length && valid[index] !== valid[index + 1]) {
        const swapped = valid.slice(0, index) + valid[index + 1] + valid[index] + valid.slice(index + 2);
        expect(verhoeffValid(swapped)).toBe(false);
      }
    }
  });

  it('rejects a lone digit', () => {
    expect(verhoeffValid('0')).toBe(false);
  });
});
