import { describe, expect, it } from 'vitest';
import { codePointEntropy, distinctCodePoints } from './character-counts.js';

/** The definitions the fast paths must reproduce exactly: a Set and a Map over the string's code points. */
function referenceEntropy(value: string): number {
  const counts = new Map<number, number>();
  let length = 0;
  for (const char of value) {
    counts.set(char.codePointAt(0)!, (counts.get(char.codePointAt(0)!) ?? 0) + 1);
    length++;
  }
  let entropy = 0;
  for (const count of counts.values()) entropy -= (count / length) * Math.log2(count / length);
  return entropy;
}

describe('distinctCodePoints and codePointEntropy', () => {
  it('give known values', () => {
    expect(distinctCodePoints('')).toBe(0);
    expect(distinctCodePoints('aabbc')).toBe(3);
    expect(distinctCodePoints('😀😀a')).toBe(2);
    expect(codePointEntropy('')).toBe(0);
    expect(codePointEntropy('aaaa')).toBe(0);
    expect(codePointEntropy('abcd')).toBe(2);
    expect(codePointEntropy('😀😀ab')).toBe(1.5);
  });

  it('match a Set and a Map over code points to the last bit, for ASCII and non-ASCII values alike', () => {
    let state = 3;
    const next = (): number => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const alphabet = [...'aAzZ09+/=_-. éß😀\u200b'];
    for (let round = 0; round < 2000; round++) {
      const value = Array.from({ length: Math.floor(next() * 60) }, () => alphabet[Math.floor(next() * (round % 2 ? 11 : alphabet.length))]).join('');
      expect(distinctCodePoints(value), value).toBe(new Set(value).size);
      expect(codePointEntropy(value), value).toBe(referenceEntropy(value));
    }
  });

  it('leave no counts behind after a non-ASCII value stops the fast path halfway', () => {
    expect(distinctCodePoints('abcé')).toBe(4);
    expect(distinctCodePoints('ab')).toBe(2);
    expect(codePointEntropy('aé')).toBe(1);
    expect(codePointEntropy('a')).toBe(0);
  });
});
