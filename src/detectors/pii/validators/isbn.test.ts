import { describe, expect, it } from 'vitest';
import { isIsbn10, isIsbn13 } from './isbn.js';

describe('isIsbn13', () => {
  it('accepts a 978/979 number with a correct check digit', () => {
    expect(isIsbn13('9780306406157')).toBe(true);
    expect(isIsbn13('9791234567896')).toBe(true);
  });

  it('rejects a wrong check digit, another prefix, and the wrong length', () => {
    expect(isIsbn13('9780306406158')).toBe(false);
    expect(isIsbn13('9770306406157')).toBe(false);
    expect(isIsbn13('978030640615')).toBe(false);
  });
});

describe('isIsbn10', () => {
  it('accepts digits and a final X with a correct mod-11 check', () => {
    expect(isIsbn10('0306406152')).toBe(true);
    expect(isIsbn10('080442957X')).toBe(true);
  });

  it('rejects a wrong check character and X in another position', () => {
    expect(isIsbn10('0306406153')).toBe(false);
    expect(isIsbn10('03064X6152')).toBe(false);
  });
});
