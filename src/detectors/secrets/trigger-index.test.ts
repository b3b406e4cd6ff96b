import { describe, expect, it } from 'vitest';
import type { RecognizerMatch } from '../types.js';
import { createTriggerIndex, gateByTriggerIndex, type IndexedRecognizer, type TriggerOccurrences } from './trigger-index.js';

const exact = (text: string) => ({ text, ignoreCase: false });
const anyCase = (text: string) => ({ text, ignoreCase: true });

describe('createTriggerIndex', () => {
  const index = createTriggerIndex([exact('ghp_'), exact('sk-'), exact('SK'), anyCase('Key'), anyCase('KEY'), exact('sk-ant-')]);

  it('gives the positions of every trigger, case-blind ones in any case and under any spelling', () => {
    const found = index.occurrences('ghp_ key sk-ant- SK KeY');
    expect(found.positions(exact('ghp_'))).toEqual([0]);
    expect(found.positions(exact('sk-'))).toEqual([9]);
    expect(found.positions(exact('sk-ant-'))).toEqual([9]);
    expect(found.positions(exact('SK'))).toEqual([17]);
    expect(found.positions(anyCase('key'))).toEqual([5, 20]);
    expect(found.positions(anyCase('KEY'))).toEqual([5, 20]);
    expect(found.at(index.idOf(anyCase('kEy')))).toEqual([5, 20]);
    expect(index.occurrences('nothing here').positions(exact('ghp_'))).toEqual([]);
  });

  it('tells whether any trigger occurs at all', () => {
    expect(index.occurrences('nothing here').none()).toBe(true);
    expect(index.occurrences('').none()).toBe(true);
    expect(index.occurrences('the KEY is ready').none()).toBe(false);
    expect(index.occurrences('x'.repeat(600) + ' ghp_').none()).toBe(false);
  });

  it('throws for a trigger it was not built with', () => {
    expect(() => index.idOf(exact('gho_'))).toThrow(/not in this index/);
    expect(() => index.idOf(exact('key'))).toThrow(/not in this index/);
  });

  it('handles non-ASCII text around triggers', () => {
    expect(index.occurrences('ключ: ghp_ 🔑 gh').positions(exact('ghp_'))).toEqual([6]);
  });

  it('answers a repeated text from memory within a task, and scans again after it', async () => {
    const text = 'token sk-abc';
    const first = index.occurrences(text);
    expect(index.occurrences(text)).toBe(first);
    await Promise.resolve();
    expect(index.occurrences(text)).not.toBe(first);
    expect(index.occurrences(text).positions(exact('sk-'))).toEqual([6]);
  });
});

describe('gateByTriggerIndex', () => {
  const index = createTriggerIndex([exact('ab'), exact('cd')]);
  const seen: Array<[string, readonly number[]]> = [];
  const recognizer: IndexedRecognizer = {
    id: 'alpha',
    entity: 'ALPHA',
    triggers: ['ab', 'cd'],
    indexTriggers: [exact('ab'), exact('cd')],
    recognize: () => [],
    matches: (text: string, occurrences: TriggerOccurrences): readonly RecognizerMatch[] => {
      seen.push([text, occurrences.positions(exact('cd'))]);
      return [{ start: 0, end: 2, score: 1 }];
    },
  };
  const untriggered: IndexedRecognizer = { id: 'beta', entity: 'BETA', indexTriggers: [], recognize: () => [], matches: () => [] };
  const gate = gateByTriggerIndex([recognizer, untriggered], index);
  const [gated, always] = gate.recognizers;

  it('prepares a view by naming the recognizers with a trigger there, and those without triggers', () => {
    expect([...gate.prepare('no triggers here')].map((each) => each.id)).toEqual(['beta']);
    expect([...gate.prepare('xx ab')].map((each) => each.id)).toEqual(['alpha', 'beta']);
    expect(gate.prepare('ab cd ab').has(gated!)).toBe(true);
    expect(gate.prepare('ab cd ab').has(always!)).toBe(true);
  });

  it('names the original recognizers that may match, in the given order', () => {
    expect(gate.candidates('xx cd')).toEqual([recognizer, untriggered]);
    expect(gate.candidates('nothing')).toEqual([untriggered]);
  });

  it('removes the triggers and hands the shared occurrences to matches, returning copies', () => {
    expect(gated!.triggers).toBeUndefined();
    expect(gated!.id).toBe('alpha');
    const first = gated!.recognize('xx cd cd');
    first[0]!.score = 0;
    expect(gated!.recognize('xx cd cd')).toEqual([{ start: 0, end: 2, score: 1 }]);
    expect(seen).toEqual([
      ['xx cd cd', [3, 6]],
      ['xx cd cd', [3, 6]],
    ]);
  });
});
