import { describe, expect, it } from 'vitest';
import { confusableToLatin } from './confusables.js';

describe('confusableToLatin', () => {
  it('has at least 60 Cyrillic and Greek look-alikes, upper and lower case', () => {
    expect(confusableToLatin.size).toBeGreaterThanOrEqual(60);
    const letters = [...confusableToLatin.values()];
    expect(letters.some((letter) => /[A-Z]/.test(letter))).toBe(true);
    expect(letters.some((letter) => /[a-z]/.test(letter))).toBe(true);
  });

  it('maps only Greek or Cyrillic letters, each to one Latin letter', () => {
    for (const [codePoint, latin] of confusableToLatin) {
      const character = String.fromCodePoint(codePoint);
      expect(/\p{Script=Cyrillic}|\p{Script=Greek}/u.test(character), codePoint.toString(16)).toBe(true);
      expect(latin).toMatch(/^[A-Za-z]$/);
    }
  });

  it('keeps the case of the letter it imitates', () => {
    expect(confusableToLatin.get(0x0410)).toBe('A');
    expect(confusableToLatin.get(0x0430)).toBe('a');
    expect(confusableToLatin.get(0x039f)).toBe('O');
    expect(confusableToLatin.get(0x03bf)).toBe('o');
  });
});
