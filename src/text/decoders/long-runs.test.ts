import { describe, expect, it } from 'vitest';
import { mixedText } from '../../../scripts/bench/corpus.js';
import { scanKernel } from '../kernel.js';
import { randomTexts } from '../testing.js';
import { asciiSet, findLongRuns, findLongRunsInKernel, findLongRunsInScript, nibbleTables } from './long-runs.js';

const letters = asciiSet('abcdefghijklmnopqrstuvwxyz');

/** Reference: every maximal run found by a plain scan. */
function plainRuns(text: string, minLength: number): number[] {
  const runs: number[] = [];
  const pattern = new RegExp(`[a-z]{${minLength},}`, 'g');
  for (const match of text.matchAll(pattern)) runs.push(match.index, match.index + match[0].length);
  return runs;
}

describe('findLongRuns', () => {
  it('finds runs at the start, middle and end', () => {
    const text = 'abcdefgh 12 abcdefghijk, xyzxyzxy';
    expect(findLongRuns(text, letters, 8)).toEqual([0, 8, 12, 23, 25, 33]);
  });

  it('skips runs shorter than the minimum', () => {
    expect(findLongRuns('abc def ghi jkl mno', letters, 4)).toEqual([]);
  });

  it('agrees with a plain scan on random text', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      let text = '';
      const size = Math.floor(random() * 200);
      for (let index = 0; index < size; index++) text += random() < 0.85 ? 'abcxyz'[Math.floor(random() * 6)] : ' ';
      for (const minLength of [2, 5, 16]) expect(findLongRuns(text, letters, minLength)).toEqual(plainRuns(text, minLength));
    }
  });

  it('never counts a non-ASCII code unit as a member', () => {
    expect(asciiSet('a\u00e9')[0xe9]).toBe(0);
    expect(findLongRuns('abcdefgh\u0161abcdefgh abcdefghi', letters, 8)).toEqual([0, 8, 9, 17, 18, 27]);
  });

  it('handles texts shorter than the minimum and a run at the very end', () => {
    expect(findLongRuns('abc', letters, 8)).toEqual([]);
    expect(findLongRuns(' '.repeat(40) + 'abcdefgh', letters, 8)).toEqual([40, 48]);
  });

  it('is linear on one long run', () => {
    const text = 'a'.repeat(1_000_000);
    expect(findLongRuns(text, letters, 16)).toEqual([0, 1_000_000]);
  });
});

describe('long runs in the scan kernel', () => {
  it('match the JavaScript twin for several sets and lengths', () => {
    const kernel = scanKernel();
    expect(kernel).toBeDefined();
    // The last set holds NUL and a non-ASCII unit, so the kernel reads its whole table instead of nibble tables.
    const wide = asciiSet('abc \0');
    wide[0x131] = 1;
    const sets = [letters, asciiSet('0123456789 .-'), asciiSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_'), wide];
    expect(sets.map((set) => nibbleTables(set) !== undefined)).toEqual([true, true, true, false]);
    const texts = [...randomTexts(11, 300, 600), mixedText(30_000, 5), 'a'.repeat(5_000), 'abc\0ı'.repeat(40), ''];
    for (const set of sets) {
      for (const minLength of [2, 5, 16]) {
        for (const text of texts) expect(findLongRunsInKernel(kernel!, text, set, minLength)).toEqual(findLongRunsInScript(text, set, minLength));
      }
    }
  });
});
