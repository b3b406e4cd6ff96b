import { describe, expect, it } from 'vitest';
import { commonEnglishWords, letterLogFrequency } from './english-words.js';

describe('commonEnglishWords', () => {
  it('holds lowercase words of two or more letters, function words included', () => {
    for (const word of commonEnglishWords) expect(word).toMatch(/^[a-z]{2,}$/);
    for (const word of ['the', 'and', 'of', 'you', 'ignore', 'password']) expect(commonEnglishWords.has(word)).toBe(true);
    expect(commonEnglishWords.size).toBeGreaterThan(150);
  });
});

describe('letterLogFrequency', () => {
  it('has a negative log frequency for each of the 26 letters, e the likeliest and z the rarest', () => {
    expect(letterLogFrequency).toHaveLength(26);
    expect(letterLogFrequency.every((value) => value < 0)).toBe(true);
    expect(Math.max(...letterLogFrequency)).toBe(letterLogFrequency[4]);
    expect(Math.min(...letterLogFrequency)).toBe(letterLogFrequency[25]);
  });
});
