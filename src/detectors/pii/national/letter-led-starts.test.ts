import { describe, expect, it } from 'vitest';
import { startsBeforeDigits } from './letter-led-starts.js';

describe('startsBeforeDigits', () => {
  it('puts each offset before digit runs of a listed length that follow a letter', () => {
    expect(startsBeforeDigits('PAN ABCPK1234Q, ref A1', { offsets: [5], lengths: [4] })).toEqual([4]);
    expect(startsBeforeDigits('nie X-1234567-L or Y7654321G', { offsets: [1, 2], lengths: [7] })).toEqual([4, 19]);
  });

  it('keeps only starts where a letter begins a word', () => {
    expect(startsBeforeDigits('xABCPK1234Q 9BCPK1234Q', { offsets: [5], lengths: [4] })).toEqual([]);
    expect(startsBeforeDigits('AB 12 34 56 C and AB123456C', { offsets: [2, 3], lengths: [2, 6] })).toEqual([0, 18]);
  });

  it('returns the starts in ascending order when offsets reach past an earlier run', () => {
    expect(startsBeforeDigits('A  B1 C2', { offsets: [1, 7], lengths: [1] })).toEqual([0, 3, 6]);
  });
});
