import { describe, expect, it } from 'vitest';
import { SegmentTable, segmentMap } from './segment-map.js';

describe('SegmentTable', () => {
  it('merges an identity segment that continues the previous one', () => {
    const table = new SegmentTable();
    table.add(0, 0, 5, true);
    table.add(5, 5, 9, true);
    table.add(9, 9, 12, false);
    table.add(10, 12, 14, true);
    expect(table.count).toBe(3);
    expect(Array.from(table.sourceEnds.subarray(0, 3))).toEqual([9, 12, 14]);
  });

  it('grows past its first capacity', () => {
    const table = new SegmentTable();
    for (let index = 0; index < 200; index++) table.add(index, index * 2, index * 2 + 2, false);
    expect(table.count).toBe(200);
    expect(table.sourceStarts[199]).toBe(398);
  });
});

describe('segmentMap', () => {
  const source = 'ab😀cdefgh';
  const table = new SegmentTable();
  table.add(0, 0, 4, true); // "ab😀"
  table.add(4, 4, 7, false); // "cde" → one unit
  table.add(5, 7, 10, true); // "fgh"
  const map = segmentMap({ table, source, length: 8, tailEnd: -1 });

  it('maps identity and cluster segments', () => {
    expect(map.map(0, 2)).toEqual([0, 2]);
    expect(map.map(4, 5)).toEqual([4, 7]);
    expect(map.map(1, 7)).toEqual([1, 9]);
  });

  it('never splits a surrogate pair of an identity segment', () => {
    expect(map.map(3, 4)).toEqual([2, 4]);
    expect(map.map(2, 3)).toEqual([2, 4]);
  });

  it('extends the last unit over a removed tail', () => {
    const withTail = segmentMap({ table, source: `${source}\u200b`, length: 8, tailEnd: 11 });
    expect(withTail.map(0, 8)).toEqual([0, 11]);
    expect(withTail.map(6, 7)).toEqual([8, 9]);
  });
});
