import { describe, expect, it } from 'vitest';
import { createTaskMemo } from './task-memo.js';

describe('createTaskMemo', () => {
  it('computes once per text within a task and again after it', async () => {
    const memo = createTaskMemo<number>();
    let calls = 0;
    const compute = (text: string): number => {
      calls++;
      return text.length;
    };
    expect(memo.get('abc', compute)).toBe(3);
    expect(memo.get('abc', compute)).toBe(3);
    expect(calls).toBe(1);
    await Promise.resolve();
    expect(memo.get('abc', compute)).toBe(3);
    expect(calls).toBe(2);
  });

  it('keeps the longest texts when more than 64 are asked about', () => {
    const memo = createTaskMemo<string[]>();
    const long = 'x'.repeat(10_000);
    const first = memo.get(long, () => ['long']);
    for (let count = 0; count < 200; count++) memo.get(`short ${count}`, () => []);
    expect(memo.get(long, () => ['recomputed'])).toBe(first);
    expect(memo.get('short 0', () => ['recomputed'])).toEqual(['recomputed']);
  });

  it('clears every memo that got an entry in a task on the next microtask', async () => {
    const first = createTaskMemo<object>();
    const second = createTaskMemo<object>();
    const one = first.get('a', () => ({}));
    const two = second.get('b', () => ({}));
    expect(first.get('a', () => ({}))).toBe(one);
    expect(second.get('b', () => ({}))).toBe(two);
    await Promise.resolve();
    expect(first.get('a', () => ({}))).not.toBe(one);
    expect(second.get('b', () => ({}))).not.toBe(two);
  });

  it('answers the text asked about last, and an equal string built apart, with the same value', () => {
    const memo = createTaskMemo<number[]>();
    const value = memo.get('same text', () => [1]);
    memo.get('other', () => [2]);
    expect(memo.get(['same', 'text'].join(' '), () => [3])).toBe(value);
    expect(memo.get('same text', () => [4])).toBe(value);
  });
});

describe('createTaskMemo first text', () => {
  it('keeps the first text asked about beside the others, whatever their number', () => {
    const memo = createTaskMemo<string[]>();
    const first = memo.get('short first', () => ['first']);
    for (let count = 0; count < 100; count++) memo.get(`other text number ${count}`, () => [String(count)]);
    expect(memo.get(['short', 'first'].join(' '), () => ['recomputed'])).toBe(first);
    expect(memo.get('other text number 99', () => ['recomputed'])).toEqual(['99']);
  });
});
