import { describe, expect, it } from 'vitest';
import { forEachMatch, startRanges, startTable } from './windowed-search.js';

describe('startRanges', () => {
  it('gives [t - reach, t] per occurrence, clipped at 0, merging overlapping and adjacent ranges', () => {
    expect(startRanges([[3, 20]], 5, 100)).toEqual([0, 3, 15, 20]);
    expect(startRanges([[10, 12, 19]], 2, 100)).toEqual([8, 12, 17, 19]);
    expect(startRanges([[10, 13]], 2, 100)).toEqual([8, 13]);
    expect(startRanges([[10]], 0, 100)).toEqual([10, 10]);
  });

  it('merges the lists of several triggers in order, including occurrences at the same position', () => {
    expect(startRanges([[30, 50], [5, 30, 40]], 1, 100)).toEqual([4, 5, 29, 30, 39, 40, 49, 50]);
  });

  it('gives up (undefined) past the limit, counting positions and occurrences', () => {
    expect(startRanges([[10, 20, 30]], 4, 15)).toEqual([6, 10, 16, 20, 26, 30]);
    expect(startRanges([[10, 20, 30]], 4, 14)).toBeUndefined();
    expect(startRanges([[1, 2, 3, 4]], 0, 3)).toBeUndefined();
  });

  it('stays linear when occurrences crowd together: 100k overlapping ranges merge into one', () => {
    const positions = Array.from({ length: 100_000 }, (_, index) => 8 + index * 5);
    expect(startRanges([positions], 8, 1_000_000)).toEqual([0, positions.at(-1)!]);
  });
});

function globalMatches(pattern: RegExp, text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].filter((match) => match[0].length > 0).map((match) => [match.index, match[0]]);
}

function windowedMatches(pattern: RegExp, text: string, ranges: number[] | undefined): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  const regex = new RegExp(pattern.source, `${pattern.flags}${ranges ? 'y' : 'g'}`);
  forEachMatch(regex, text, ranges, (match) => found.push([match.index, match[0]]));
  return found;
}

describe('forEachMatch', () => {
  const pattern = /(?<![a-z])ab[a-z]{0,3}|b+c/;
  const text = 'ab abc babab xabcd bbbc abxxxxab bc';

  it('with no ranges, is a global search of the whole text without empty matches', () => {
    expect(windowedMatches(pattern, text, undefined)).toEqual(globalMatches(pattern, text));
    expect(windowedMatches(/z*/, 'azzb', undefined)).toEqual([[1, 'zz']]);
  });

  it('trying every position gives exactly the global search, skipping past each match', () => {
    expect(windowedMatches(pattern, text, [0, text.length - 1])).toEqual(globalMatches(pattern, text));
    expect(windowedMatches(/aa/, 'aaaaa', [0, 4])).toEqual([
      [0, 'aa'],
      [2, 'aa'],
    ]);
  });

  it('finds only matches starting inside the ranges, and lookbehinds still see the text before them', () => {
    // At 14, "abcd" follows an "x" the lookbehind sees although the range starts there; at 15 "bc" matches.
    expect(windowedMatches(pattern, text, [3, 3, 14, 15])).toEqual([
      [3, 'abc'],
      [15, 'bc'],
    ]);
    expect(windowedMatches(pattern, text, [8, 8])).toEqual([]);
  });

  it('never revisits positions inside a match that ran past the end of its range', () => {
    expect(windowedMatches(/a{1,6}/, 'aaaaaaaa', [0, 0, 2, 7])).toEqual([
      [0, 'aaaaaa'],
      [6, 'aa'],
    ]);
  });
});

describe('startTable', () => {
  it('marks the given ASCII characters, in both cases when asked to', () => {
    const table = startTable('ab', true);
    expect(['a', 'b', 'A', 'B', 'c', 'C'].map((character) => table[character.charCodeAt(0)])).toEqual([1, 1, 1, 1, 0, 0]);
    const exact = startTable('aé', false);
    expect([exact['a'.charCodeAt(0)], exact['A'.charCodeAt(0)], exact.length]).toEqual([1, 0, 128]);
  });
});

describe('forEachMatch with a start table', () => {
  it('skips positions at ASCII characters the table rules out, never other ones', () => {
    const found: Array<[number, string]> = [];
    const regex = /[a-zé]{0,2}key/y;
    forEachMatch(regex, 'xykey éakey', [0, 2, 6, 8], (match) => found.push([match.index, match[0]]), startTable('k', false));
    // Position 0 ("xykey") is ruled out, so the match starts at the "k"; position 6 ("é") is tried.
    expect(found).toEqual([
      [2, 'key'],
      [6, 'éakey'],
    ]);
  });
});
