import { describe, expect, it } from 'vitest';
import { collapseText, collapseWhitespace, joinSpacedLetters } from './collapse.js';

describe('collapseWhitespace', () => {
  it('turns every whitespace run into one space mapped to the whole run', () => {
    const result = collapseWhitespace('a  b\n\n\tc d');
    expect(result?.text).toBe('a b c d');
    expect(result?.map.map(1, 2)).toEqual([1, 3]);
    expect(result?.map.map(3, 4)).toEqual([4, 7]);
    expect(result?.map.map(6, 7)).toEqual([9, 10]);
  });

  it('returns null when only single spaces separate words', () => {
    expect(collapseWhitespace('one two three')).toBeNull();
  });
});

describe('joinSpacedLetters', () => {
  it('joins four or more spaced single letters', () => {
    const result = joinSpacedLetters('please i g n o r e this');
    expect(result?.text).toBe('please ignore this');
    expect(result?.map.map(7, 13)).toEqual([7, 18]);
    expect(result?.map.map(8, 9)).toEqual([8, 10]);
  });

  it('joins letters separated by dots or dashes', () => {
    expect(joinSpacedLetters('s.e.c.r.e.t and p-a-s-s')?.text).toBe('secret and pass');
  });

  it('leaves short runs and ordinary words alone', () => {
    expect(joinSpacedLetters('U.S.A. and a b c')).toBeNull();
    expect(joinSpacedLetters('I am a good cat')).toBeNull();
  });
});

describe('collapseText', () => {
  it('collapses whitespace and then joins spaced letters, mapping through both', () => {
    const result = collapseText('say  i  g  n  o  r  e\n\nnow');
    expect(result?.text).toBe('say ignore now');
    expect(result?.map.map(4, 10)).toEqual([5, 21]);
    expect(result?.map.map(11, 14)).toEqual([23, 26]);
    expect(result?.map.map(10, 11)).toEqual([21, 23]);
  });

  it('returns null for text that needs neither step', () => {
    expect(collapseText('nothing to do here')).toBeNull();
  });
});
