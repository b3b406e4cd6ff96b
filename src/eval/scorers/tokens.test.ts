import { describe, expect, it } from 'vitest';
import { longestCommonSubsequence, rougeL, tokenF1, tokenize } from './tokens.js';

describe('tokenize', () => {
  it('lowercases and splits on anything but letters, marks and digits, in any script', () => {
    expect(tokenize("Hello, World! It's 42°C in São Paulo")).toEqual(['hello', 'world', 'it', 's', '42', 'c', 'in', 'são', 'paulo']);
    expect(tokenize('Привет мир')).toEqual(['привет', 'мир']);
  });

  it('makes each Han or kana character a token', () => {
    expect(tokenize('北京是首都')).toEqual(['北', '京', '是', '首', '都']);
  });
});

describe('tokenF1 and rougeL', () => {
  it('count overlap as bags (F1) and in order (ROUGE-L)', () => {
    const candidate = tokenize('the cat sat on the mat');
    const reference = tokenize('the mat sat on the cat');
    expect(tokenF1(candidate, reference)).toBe(1);
    expect(longestCommonSubsequence(candidate, reference)).toBe(4);
    expect(rougeL(candidate, reference)).toBeCloseTo(4 / 6);
  });

  it('give 1 for two empty texts and 0 when only one is empty', () => {
    expect(tokenF1([], [])).toBe(1);
    expect(rougeL([], ['a'])).toBe(0);
    expect(tokenF1(['a'], [])).toBe(0);
  });

  it('computes token F1 from clipped counts', () => {
    // candidate: a a b (3), reference: a c (2); common = 1 → P 1/3, R 1/2, F1 0.4
    expect(tokenF1(['a', 'a', 'b'], ['a', 'c'])).toBeCloseTo(0.4);
  });
});
