import { describe, expect, it } from 'vitest';
import { isIndexedLeadingGroup, maxLeadingGroup, numberStarts } from './number-starts.js';

describe('numberStarts', () => {
  it('buckets id-shaped numbers by the length of their first digit group', () => {
    const text = 'a 12 345 b 4010232137 c x99 401 023 2137 d 12.345.678-Z';
    expect(numberStarts(text, [10])).toEqual([11]);
    expect(numberStarts(text, [3])).toEqual([28, 32, 46]);
    expect(numberStarts(text, [10, 3, 2])).toEqual([2, 11, 28, 32, 43, 46]);
    expect(numberStarts(text, [4])).toEqual([]);
  });

  it('leaves out short numbers standing alone, digits glued to letters and over-long runs', () => {
    expect(numberStarts('3 items, 45 left, 1234.', [1, 2, 4])).toEqual([]);
    expect(numberStarts('A12345678', [8])).toEqual([]);
    expect(numberStarts('9'.repeat(maxLeadingGroup + 1), [maxLeadingGroup])).toEqual([]);
    expect(numberStarts('12345 678', [5])).toEqual([]);
  });

  it('keeps unbroken runs whatever follows them', () => {
    expect(numberStarts('850709-9805 12345678Z 177082A12304511', [6, 8])).toEqual([0, 12, 22]);
  });

  it('answers from the cache for a text it has seen, and recomputes for others', () => {
    const text = 'x 123456789 y';
    expect(numberStarts(text, [9])).toEqual([2]);
    expect(numberStarts(`${text} `, [9])).toEqual([2]);
    expect(numberStarts('z 987654321', [9])).toEqual([2]);
    expect(numberStarts(text, [9])).toEqual([2]);
  });

  it('gives each text its own index when more texts than the cache holds take turns', () => {
    const texts = Array.from({ length: 7 }, (_, index) => `${'a '.repeat(index)}123456789`);
    for (let round = 0; round < 2; round++) {
      expect(texts.map((text) => numberStarts(text, [9]))).toEqual(texts.map((_, index) => [index * 2]));
    }
  });

  it('keeps only numbers whose digit chain holds at least minDigits digits', () => {
    const text = 'a 12 345 678 b 4010232137 c 12-34';
    expect(numberStarts(text, [2, 10])).toEqual([2, 15, 28]);
    expect(numberStarts(text, [2, 10], 8)).toEqual([2, 15]);
    expect(numberStarts(text, [2, 10], 10)).toEqual([15]);
  });

  it('says which leading group lengths it indexes', () => {
    expect([1, 4, 6, 16].every(isIndexedLeadingGroup)).toBe(true);
    expect([0, 5, 17, 2.5].some(isIndexedLeadingGroup)).toBe(false);
  });
});
