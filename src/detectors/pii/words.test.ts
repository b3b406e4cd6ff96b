import { describe, expect, it } from 'vitest';
import {
  gapMark,
  isInsideIdentifier,
  isNameGap,
  isSentenceStart,
  keyHash,
  nextCapitalizedWord,
  previousWord,
  scanWord,
  wordKey,
  wordShape,
  type WordSpan,
} from './words.js';

function words(text: string): string[] {
  const word: WordSpan = { start: 0, end: 0, shape: 0, hash: -1 };
  const found: string[] = [];
  for (let position = 0; scanWord(text, position, word); position = word.end) found.push(text.slice(word.start, word.end));
  return found;
}

function capitalizedWords(text: string): string[] {
  const word: WordSpan = { start: 0, end: 0, shape: 0, hash: -1 };
  const found: string[] = [];
  for (let position = 0; nextCapitalizedWord(text, position, word); position = word.end) found.push(text.slice(word.start, word.end));
  return found;
}

describe('word scanning', () => {
  it('keeps inner apostrophes and hyphens and drops a possessive s', () => {
    expect(words("O'Brien and Jean-Luc met Maria's friend — Łukasz, naïve 42nd")).toEqual([
      "O'Brien", 'and', 'Jean-Luc', 'met', 'Maria', 's', 'friend', 'Łukasz', 'naïve', '42nd',
    ]);
  });

  it('marks shapes: capitalized, camel case, digits, non-ASCII', () => {
    const word: WordSpan = { start: 0, end: 0, shape: 0, hash: -1 };
    scanWord('getMaria', 0, word);
    expect(word.shape & wordShape.camel).toBe(wordShape.camel);
    scanWord('Müller', 0, word);
    expect(word.shape & (wordShape.upperFirst | wordShape.nonAscii)).toBe(wordShape.upperFirst | wordShape.nonAscii);
    expect(word.hash).toBe(-1);
    scanWord('221B', 0, word);
    expect(word.shape & wordShape.digitFirst).toBe(wordShape.digitFirst);
  });

  it('hashes an ASCII word like keyHash hashes its key', () => {
    const word: WordSpan = { start: 0, end: 0, shape: 0, hash: -1 };
    scanWord("  O'Brien,", 0, word);
    expect(word.hash).toBe(keyHash("o'brien"));
    expect(wordKey("  O'Brien,", word)).toBe("o'brien");
  });

  it('finds only words that start with a capital letter', () => {
    expect(capitalizedWords('the iPhone of Ana, MacBook and ÉMILE said ok X')).toEqual(['Ana', 'MacBook', 'ÉMILE', 'X']);
  });

  it('reads the word before a position with the punctuation in between', () => {
    const text = '{"name": "Maria"} Thanks,\nDavid';
    expect(previousWord(text, text.indexOf('Maria'))).toMatchObject({ key: 'name', gap: gapMark.colon });
    expect(previousWord(text, text.indexOf('David'))).toMatchObject({ key: 'thanks', gap: gapMark.comma | gapMark.newline });
    expect(previousWord('Maria', 0)).toBeUndefined();
  });

  it('joins name words by one space, or ". " after an abbreviation', () => {
    expect(isNameGap('A B', 1, 2, false)).toBe(true);
    expect(isNameGap('A. B', 1, 3, false)).toBe(false);
    expect(isNameGap('A. B', 1, 3, true)).toBe(true);
    expect(isNameGap('A\nB', 1, 2, false)).toBe(false);
  });

  it('tells sentence starts and code identifiers', () => {
    expect(isSentenceStart('Maria', 0)).toBe(true);
    expect(isSentenceStart('Done. "Maria', 7)).toBe(true);
    expect(isSentenceStart('with Maria', 5)).toBe(false);
    expect(isInsideIdentifier('user.Maria', 5, 10)).toBe(true);
    expect(isInsideIdentifier('Maria_id', 0, 5)).toBe(true);
    expect(isInsideIdentifier('Maria.name', 0, 5)).toBe(true);
    expect(isInsideIdentifier('Maria. Then', 0, 5)).toBe(false);
  });
});
