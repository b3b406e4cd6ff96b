import { describe, expect, it } from 'vitest';
import { isOneRepeatedCharacter, weightedDigitSum } from './weighted-sum.js';

describe('weightedDigitSum', () => {
  it('multiplies digits by weights position by position', () => {
    expect(weightedDigitSum('123', [3, 2, 1])).toBe(10);
    expect(weightedDigitSum('9999', [1, 1, 1, 1])).toBe(36);
  });

  it('ignores digits past the end of the weights', () => {
    expect(weightedDigitSum('12345', [1, 1])).toBe(3);
  });
});

describe('isOneRepeatedCharacter', () => {
  it('spots placeholder runs', () => {
    expect(isOneRepeatedCharacter('11111111111')).toBe(true);
    expect(isOneRepeatedCharacter('11111111112')).toBe(false);
  });
});
