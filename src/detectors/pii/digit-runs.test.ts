import { describe, expect, it } from 'vitest';
import { mixedText } from '../../../scripts/bench/corpus.js';
import { scanKernel } from '../../text/kernel.js';
import { randomTexts } from '../../text/testing.js';
import { cryptoStartsInScript } from './crypto.js';
import { chainStarts, denseSpacing, digitRuns, findRunsInKernel, findRunsInScript, isChainSeparatorCode, matchesAt } from './digit-runs.js';

describe('digitRuns', () => {
  it('lists every run of digits with the code before it and the joiner after it', () => {
    const runs = digitRuns('call +44 20 7946-0958, ext. 12');
    expect(runs.count).toBe(5);
    expect([...runs.starts]).toEqual([6, 9, 12, 17, 28]);
    expect([...runs.ends]).toEqual([8, 11, 16, 21, 30]);
    expect([...runs.before]).toEqual(['+', ' ', ' ', '-', ' '].map((char) => char.charCodeAt(0)));
    expect([...runs.joiner]).toEqual([32, 32, 45, -1, -1]);
  });

  it('counts the digits of each run and the runs chained to it by separators', () => {
    expect([...digitRuns('call +44 20 7946-0958, ext. 12').chainDigits]).toEqual([12, 10, 8, 4, 2]);
    expect([...digitRuns('(030) 12/34.5 6').chainDigits]).toEqual([9, 6, 4, 2, 1]);
    expect([...digitRuns('12:30 4x5').chainDigits]).toEqual([2, 3, 1, 1]);
  });

  it('marks the runs that follow a letter, or a letter and one space or hyphen', () => {
    const text = 'AB123 X-12 AB 12 7 -3 é4 _5';
    const runs = digitRuns(text);
    expect([...runs.afterLetters].map((run) => text.slice(runs.starts[run], runs.ends[run]))).toEqual(['123', '12', '12']);
  });

  it('gives -1 for the code before a run at the start, and finds nothing in a text without digits', () => {
    expect([...digitRuns('42 is the answer').before]).toEqual([-1]);
    expect(digitRuns('no digits here').count).toBe(0);
  });

  it('answers an equal text held in another string from the cache', () => {
    const first = digitRuns(`order ${'9'.repeat(3)} shipped`);
    expect(digitRuns(['order ', '999', ' shipped'].join(''))).toBe(first);
  });

  it('keeps the runs of an earlier text intact while later texts are scanned', () => {
    const first = digitRuns('a 12 b 345');
    for (let index = 0; index < 6; index++) digitRuns(`x ${index}${index} y 9 z 77 w ${index}`);
    expect([...first.starts]).toEqual([2, 7]);
    expect([...first.ends]).toEqual([4, 10]);
    expect([...first.before]).toEqual([32, 32]);
    expect([...first.chainDigits]).toEqual([2, 3]);
  });

  it('stays linear on long runs and long separator gaps', () => {
    expect(digitRuns('7'.repeat(200_000)).chainDigits[0]).toBe(200_000);
    const spaced = `1${' '.repeat(500_000)}2`;
    expect([...digitRuns(spaced).chainDigits]).toEqual([2, 1]);
  });

  it('lists no run in a long text with more than one run per denseSpacing characters', () => {
    const dense = digitRuns('1 '.repeat(300_000));
    expect([dense.dense, dense.count]).toEqual([true, 0]);
    const sparse = digitRuns(`12${' '.repeat(denseSpacing - 2)}`.repeat(1000));
    expect([sparse.dense, sparse.count]).toEqual([false, 1000]);
    expect(digitRuns('1 2 3 4 5 6').dense).toBe(false);
  });
});

describe('isChainSeparatorCode', () => {
  it('accepts space, brackets, plus, dot, hyphen and slash only', () => {
    expect([...' ()+.-/'].every((char) => isChainSeparatorCode(char.charCodeAt(0)))).toBe(true);
    expect([...':,_x0\n'].some((char) => isChainSeparatorCode(char.charCodeAt(0)))).toBe(false);
  });
});

describe('chainStarts', () => {
  it('gives the starts of runs whose chain holds enough digits', () => {
    expect(chainStarts('tel 020 7946 0958, room 12', 7)).toEqual([4, 8]);
    expect(chainStarts('tel 020 7946 0958, room 12', 2)).toEqual([4, 8, 13, 24]);
    expect(chainStarts('nothing to see', 1)).toEqual([]);
    expect(chainStarts('1-'.repeat(1000), 1)).toBeUndefined();
  });
});

describe('matchesAt', () => {
  it('finds what a global scan finds when given every start, skipping starts inside a match', () => {
    const matches = matchesAt(/\d{3}/y, 'a 1234 567', [2, 3, 7]);
    expect(matches.map((match) => [match.index, match[0]])).toEqual([
      [2, '123'],
      [7, '567'],
    ]);
    expect(matchesAt(/\d{3}/y, 'a 1234 567', [3]).map((match) => match[0])).toEqual(['234']);
  });

  it('scans the whole text when given no positions, as for a dense text', () => {
    expect(matchesAt(/\d{3}/y, 'a 1234 567', undefined).map((match) => [match.index, match[0]])).toEqual([
      [2, '123'],
      [7, '567'],
    ]);
  });

  it('keeps the capture groups of each match', () => {
    const [match] = matchesAt(/(\d+)-(\d+)/y, 'x 12-34', [2]);
    expect([match?.[1], match?.[2]]).toEqual(['12', '34']);
  });
});

describe('digit runs in the scan kernel', () => {
  const kernel = scanKernel();

  it('match the JavaScript twin on random texts, generated mixed text and dense text', () => {
    expect(kernel).toBeDefined();
    const addresses = 'to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT or bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4, 0x52908400098527886E0F7030069857D2E4169EE7 and BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4';
    const texts = [...randomTexts(7, 400), addresses, addresses.slice(0, 60), mixedText(20_000, 3), mixedText(3_000, 4, 'dense'), '1.'.repeat(4_000), '12 '.repeat(200), ''];
    for (const text of texts) {
      const { cryptoStarts: kernelCryptoStarts, ...kernelRuns } = findRunsInKernel(kernel!, text);
      const scriptRuns = findRunsInScript(text);
      expect(kernelRuns, JSON.stringify(text.slice(0, 60))).toEqual(scriptRuns);
      // The kernel also lists where crypto addresses may start; crypto.ts works that out itself otherwise.
      if (!scriptRuns.dense) expect([...kernelCryptoStarts!], JSON.stringify(text.slice(0, 60))).toEqual(cryptoStartsInScript(text));
    }
  });
});
