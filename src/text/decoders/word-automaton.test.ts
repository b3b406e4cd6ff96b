import { describe, expect, it } from 'vitest';
import { codeUnitsOf } from './code-units.js';
import { WordAutomaton } from './word-automaton.js';

const words = ['gur', 'gb', 'naq', 'arire', 'nyjnlf'];
const automaton = new WordAutomaton(words);
const occurs = (text: string): boolean => automaton.occursIn(codeUnitsOf(text), 0, text.length);
const nextEnd = (text: string, from = 0): number => automaton.nextWordEnd(codeUnitsOf(text), from, text.length);

/** Reference: the same words between non-alphanumerics, by regex. */
const reference = new RegExp(`(?<![A-Za-z0-9])(?:${words.join('|')})(?![A-Za-z0-9])`, 'i');

describe('WordAutomaton', () => {
  it('finds listed words whole, in any case, with text edges as delimiters', () => {
    expect(nextEnd('gur')).toBe(3);
    expect(nextEnd('say GuR end')).toBe(7);
    expect(nextEnd('x NAQ')).toBe(5);
    expect(occurs('(arire)')).toBe(true);
  });

  it('ignores listed words inside longer words or next to digits', () => {
    expect(occurs('gurer naqre gb1 2gb tbbq')).toBe(false);
    expect(nextEnd('gurer naqre')).toBe(-1);
  });

  it('treats underscores and non-ASCII characters as delimiters', () => {
    expect(nextEnd('snake_gur')).toBe(9);
    expect(nextEnd('ünaqé')).toBe(4);
  });

  it('resumes the search after a delimiter', () => {
    expect(nextEnd('gb naq', 3)).toBe(6);
  });

  it('rejects words that are not ASCII letters', () => {
    expect(() => new WordAutomaton(['ok', 'b4'])).toThrow(/ASCII letters/);
  });

  it('agrees with a regex on random text, short and long (split into parallel walks)', () => {
    let seed = 3;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const parts = ['gur', 'GuR', ' ', '_', '1', 'x', 'naq', 'é', '-', 'gb', 'a', '\n', 'r', 'arire', 'nyjnlf', 'g'];
    for (let round = 0; round < 600; round++) {
      const count = Math.floor(random() * (round % 20 === 0 ? 4000 : 30));
      const text = Array.from({ length: count }, () => parts[Math.floor(random() * parts.length)]).join('');
      const match = reference.exec(text);
      expect(occurs(text), text).toBe(match !== null);
      expect(nextEnd(text), text).toBe(match === null ? -1 : match.index + match[0].length);
    }
  });

  it('handles long texts without delimiters and finds a word at the very end', () => {
    expect(occurs(`${'q'.repeat(100_000)} gb`)).toBe(true);
    expect(occurs('q'.repeat(100_000))).toBe(false);
    expect(occurs(`${'ab '.repeat(30_000)}naq`)).toBe(true);
  });
});
