import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/types.js';
import { createTextViews } from '../text/views.js';
import { createRecognizerDetector, resolveOverlaps } from './recognizer-detector.js';

const finding = (type: string, start: number, end: number, score: number): Finding => ({ detector: 'd', type, start, end, score });

describe('resolveOverlaps', () => {
  it('keeps the best of overlapping same-type findings and disjoint ones', () => {
    const kept = resolveOverlaps([finding('A', 0, 10, 0.6), finding('A', 5, 12, 0.9), finding('A', 20, 25, 0.5)]);
    expect(kept).toEqual([finding('A', 5, 12, 0.9), finding('A', 20, 25, 0.5)]);
  });

  it('keeps overlapping findings of different types for the policy to decide', () => {
    const kept = resolveOverlaps([finding('URL', 0, 40, 0.8), finding('EMAIL', 10, 20, 0.7), finding('IP', 22, 30, 0.95)]);
    expect(kept.map((f) => f.type)).toEqual(['URL', 'EMAIL', 'IP']);
  });

  it('stays fast with many candidates', () => {
    const many = Array.from({ length: 50_000 }, (_, index) => finding(index % 2 ? 'A' : 'B', index * 3, index * 3 + 5, (index % 7) / 7));
    expect(resolveOverlaps(many).length).toBeGreaterThan(0);
  });
});

describe('createRecognizerDetector', () => {
  const detector = createRecognizerDetector({
    id: 'demo',
    description: 'demo',
    recognizers: [
      {
        id: 'token',
        entity: 'TOKEN',
        triggers: ['tok_'],
        context: ['key'],
        recognize: (text) => Array.from(text.matchAll(/tok_[a-z]{4}/g), (match) => ({ start: match.index, end: match.index + 8, score: 0.5 })),
      },
    ],
  });

  it('maps matches to findings with context boost and skips views without triggers', () => {
    const { findings } = detector.scan({ views: createTextViews('my key tok_abcd and tok_wxyz later on, far from any context word at all'), stage: 'input' });
    expect(findings.map((f) => [f.start, f.end, f.score])).toEqual([
      [7, 15, 0.8],
      [20, 28, 0.8],
    ]);
    expect(detector.scan({ views: createTextViews('nothing here'), stage: 'input' }).findings).toEqual([]);
  });

  it('filters by requested entities and rejects duplicate recognizer ids', () => {
    expect(detector.scan({ views: createTextViews('tok_abcd'), stage: 'input', entities: new Set(['OTHER']) }).findings).toEqual([]);
    expect(() => createRecognizerDetector({ id: 'x', description: 'x', recognizers: [{ id: 'a', entity: 'A', recognize: () => [] }, { id: 'a', entity: 'A', recognize: () => [] }] })).toThrow(/listed twice/);
  });
});

describe('createRecognizerDetector entity narrowing', () => {
  const calls: string[] = [];
  const counting = (id: string, entity: string) => ({
    id,
    entity,
    recognize: (text: string) => {
      calls.push(id);
      const start = text.indexOf(id);
      return start < 0 ? [] : [{ start, end: start + id.length, score: 0.9 }];
    },
  });
  const detector = createRecognizerDetector({ id: 'n', description: 'n', recognizers: [counting('alpha', 'A'), counting('beta', 'B')] });

  it('runs only recognizers that may emit a wanted entity, on every scan with the same set', () => {
    const onlyB = new Set(['B']);
    calls.length = 0;
    const first = detector.scan({ views: createTextViews('alpha beta'), stage: 'input', entities: onlyB }).findings;
    const second = detector.scan({ views: createTextViews('beta alpha'), stage: 'input', entities: onlyB }).findings;
    expect(calls).toEqual(['beta', 'beta']);
    expect(first.map((f) => [f.type, f.start, f.end])).toEqual([['B', 6, 10]]);
    expect(second.map((f) => [f.type, f.start, f.end])).toEqual([['B', 0, 4]]);
  });

  it('runs every recognizer without a set, and none for a set it cannot serve', () => {
    calls.length = 0;
    const all = detector.scan({ views: createTextViews('alpha beta'), stage: 'input' }).findings;
    expect(all.map((f) => f.type)).toEqual(['A', 'B']);
    expect(detector.scan({ views: createTextViews('alpha beta'), stage: 'input', entities: new Set(['C']) }).findings).toEqual([]);
    expect(calls).toEqual(['alpha', 'beta']);
  });
});

describe('createRecognizerDetector prepare', () => {
  const calls: string[] = [];
  const counting = (id: string) => ({
    id,
    entity: id.toUpperCase(),
    recognize: (text: string) => {
      calls.push(id);
      const start = text.indexOf(id);
      return start < 0 ? [] : [{ start, end: start + id.length, score: 0.9 }];
    },
  });
  const [alpha, beta] = [counting('alpha'), counting('beta')];
  const prepared: string[] = [];
  const detector = createRecognizerDetector({
    id: 'p',
    description: 'p',
    recognizers: [alpha, beta],
    prepare: (text) => {
      prepared.push(text);
      return new Set(text.includes('beta') ? [alpha, beta] : [alpha]);
    },
  });

  it('prepares each view once and calls only the recognizers it names', () => {
    calls.length = 0;
    prepared.length = 0;
    const found = detector.scan({ views: createTextViews('alpha only'), stage: 'input' }).findings;
    expect(prepared).toEqual(['alpha only']);
    expect(calls).toEqual(['alpha']);
    expect(found.map((f) => [f.type, f.start, f.end])).toEqual([['ALPHA', 0, 5]]);
    calls.length = 0;
    const both = detector.scan({ views: createTextViews('beta alpha'), stage: 'input' }).findings;
    expect(calls).toEqual(['alpha', 'beta']);
    expect(both.map((f) => [f.type, f.start, f.end])).toEqual([
      ['BETA', 0, 4],
      ['ALPHA', 5, 10],
    ]);
  });
});

describe('view names on findings', () => {
  const detector = createRecognizerDetector({
    id: 'demo',
    description: 'demo',
    recognizers: [{ id: 'token', entity: 'TOKEN', recognize: (text) => Array.from(text.matchAll(/tok_[a-z]{4}/g), (match) => ({ start: match.index, end: match.index + 8, score: 0.9 })) }],
  });

  it('names no view for plain text, and names the view a match came from otherwise', () => {
    expect(detector.scan({ views: createTextViews('see tok_abcd'), stage: 'input' }).findings[0]!.view).toBeUndefined();
    const hidden = detector.scan({ views: createTextViews('see tok_ab\u200bcd'), stage: 'input' }).findings[0]!;
    expect(hidden.view).toBe('normalized');
    expect([hidden.start, hidden.end]).toEqual([4, 13]);
  });
});

describe('recognizers that need a digit', () => {
  const seen: string[] = [];
  const detector = createRecognizerDetector({
    id: 'digits',
    description: 'records the views a digit-led recognizer is called on',
    recognizers: [
      {
        id: 'digit-led',
        entity: 'NUMBER',
        needsDigit: true,
        recognize: (text) => {
          seen.push(text);
          return [...text.matchAll(/\d+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, score: 0.9 }));
        },
      },
    ],
  });

  it('are skipped on a view without an ASCII digit and run on one with a digit', () => {
    seen.length = 0;
    expect(detector.scan({ views: createTextViews('no numbers here at all'), stage: 'input' }).findings).toEqual([]);
    expect(seen).toEqual([]);
    expect(detector.scan({ views: createTextViews('call 42 now'), stage: 'input' }).findings).toHaveLength(1);
    expect(seen).toEqual(['call 42 now']);
  });

  it('run on a decoded view that holds a digit when the text itself holds none', () => {
    seen.length = 0;
    const encoded = Buffer.from('pin ref 17 order ok').toString('base64');
    expect(encoded).not.toMatch(/[0-9]/);
    const { findings } = detector.scan({ views: createTextViews(`see ${encoded} please`), stage: 'input' });
    expect(seen).toEqual(['pin ref 17 order ok']);
    expect(findings[0]?.view).toBe('base64');
  });

  it('see fullwidth digits folded to ASCII in the normalized view', () => {
    seen.length = 0;
    expect(detector.scan({ views: createTextViews('code ４２'), stage: 'input' }).findings).toHaveLength(1);
  });
});
