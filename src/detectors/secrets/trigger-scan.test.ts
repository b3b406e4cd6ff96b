import { describe, expect, it } from 'vitest';
import { mixedText } from '../../../scripts/bench/corpus.js';
import { scanKernel } from '../../text/kernel.js';
import { randomTexts } from '../../text/testing.js';
import { compileTriggers, scanTriggers, scanTriggersInKernel, scanTriggersInScript, type Trigger } from './trigger-scan.js';

/** Every start of `trigger` in `text`, by brute force (ASCII case folded when it ignores case). */
function naivePositions(text: string, trigger: Trigger): number[] {
  const haystack = trigger.ignoreCase ? text.replace(/[A-Z]/g, (char) => char.toLowerCase()) : text;
  const needle = trigger.ignoreCase ? trigger.text.toLowerCase() : trigger.text;
  const found: number[] = [];
  for (let start = haystack.indexOf(needle); start >= 0; start = haystack.indexOf(needle, start + 1)) found.push(start);
  return found;
}

function expectSameAsNaive(text: string, triggers: Trigger[]): void {
  const found = scanTriggers(text, compileTriggers(triggers));
  triggers.forEach((trigger, id) => expect(found[id] ?? [], `${trigger.text} in ${JSON.stringify(text.slice(0, 40))}`).toEqual(naivePositions(text, trigger)));
}

const exact = (text: string): Trigger => ({ text, ignoreCase: false });
const anyCase = (text: string): Trigger => ({ text, ignoreCase: true });

describe('scanTriggers', () => {
  it('finds every occurrence at even and odd positions, at the very start and end', () => {
    const triggers = [exact('ghp_'), exact('SK'), exact('sk-'), exact('sk-ant-'), exact('AKIA')];
    const table = compileTriggers(triggers);
    expect(scanTriggers('ghp_ x sk-ant- SK', table)).toEqual([[0], [15], [7], [7], undefined]);
    expect(scanTriggers('xghp_ SKAKIA', table)).toEqual([[1], [6], undefined, undefined, [8]]);
    expect(scanTriggers('AKIA', table)).toEqual([undefined, undefined, undefined, undefined, [0]]);
    expect(scanTriggers('', table)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(scanTriggers('S', table)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('counts overlapping occurrences and matches case-blind triggers in any case', () => {
    expectSameAsNaive('aaaaaa', [exact('aa'), exact('aaa')]);
    expectSameAsNaive('Key KEY key kEy keY-', [anyCase('key'), exact('Key'), anyCase('ey-')]);
    expectSameAsNaive('pass_PASS:Pass=pAsS', [anyCase('pass'), anyCase('as'), exact('_P')]);
  });

  it('agrees with a brute-force search on random texts full of near misses', () => {
    const triggers = [exact('ab'), exact('aba'), anyCase('bab'), exact('a_b-'), anyCase('b_'), exact('ba_a'), anyCase('aab'), exact('--')];
    let state = 7;
    const next = (): number => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(next() * 40);
      const text = Array.from({ length }, () => 'abAB_-\u0161\u4e62'[Math.floor(next() * 8)]).join('');
      expectSameAsNaive(text, triggers);
    }
  });

  it('does not count a non-Latin-1 character whose low byte spells a trigger character', () => {
    // U+4B65 and U+0179 have the low bytes of "e" and "y".
    const table = compileTriggers([exact('key'), anyCase('ky')]);
    expect(scanTriggers('k\u4b65y k\u0179 key', table)).toEqual([[7], undefined]);
  });

  it('gives correct answers for a short text after a longer one (the byte buffer is reused)', () => {
    const table = compileTriggers([exact('xyz')]);
    expect(scanTriggers(`${'-'.repeat(1000)}xyz`, table)).toEqual([[1000]]);
    expect(scanTriggers('xy', table)).toEqual([undefined]);
    expect(scanTriggers('q xyz', table)).toEqual([[2]]);
  });

  it('returns positions in ascending order when several anchors find the same trigger', () => {
    const text = 'gloas-1 xgloas-2 xxgloas- gloas-';
    expectSameAsNaive(text, [exact('gloas-'), exact('as-')]);
  });
});

describe('compileTriggers', () => {
  it('rejects triggers that cannot be indexed', () => {
    expect(() => compileTriggers([exact('x')])).toThrow(/2 to 100 printable ASCII/);
    expect(() => compileTriggers([exact('ключ')])).toThrow(/2 to 100 printable ASCII/);
    expect(() => compileTriggers([exact('tab\there')])).toThrow(/2 to 100 printable ASCII/);
  });
});

describe('the trigger scan in the scan kernel', () => {
  const kernel = scanKernel();
  const triggers: Trigger[] = [
    { text: 'key', ignoreCase: true },
    { text: 'pat', ignoreCase: true },
    { text: 'ghp_', ignoreCase: false },
    { text: 'AKIA', ignoreCase: false },
    { text: '1.', ignoreCase: false },
    { text: ':/', ignoreCase: false },
    { text: 'x=', ignoreCase: true },
    { text: '1a', ignoreCase: false },
  ];
  const table = compileTriggers(triggers);

  it('matches the JavaScript twin on random texts (including code units whose low byte is a trigger character)', () => {
    expect(kernel).toBeDefined();
    for (const text of [...randomTexts(13, 400), mixedText(20_000, 6), 'keykeykey', 'k', '']) {
      expect(scanTriggersInKernel(kernel!, text, table), JSON.stringify(text.slice(0, 60))).toEqual(scanTriggersInScript(text, table));
    }
  });

  it('falls back to the JavaScript scan when occurrences overflow its output', () => {
    const overlapping = compileTriggers([
      { text: 'aa', ignoreCase: false },
      { text: 'aaa', ignoreCase: false },
      { text: 'aaaa', ignoreCase: false },
    ]);
    const text = 'a'.repeat(1_000);
    const found = scanTriggersInKernel(kernel!, text, overlapping);
    expect(found.map((positions) => positions?.length)).toEqual([999, 998, 997]);
    expect(found).toEqual(scanTriggersInScript(text, overlapping));
  });
});
