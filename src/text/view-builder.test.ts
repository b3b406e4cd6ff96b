import { describe, expect, it } from 'vitest';
import { ViewBuilder } from './view-builder.js';

function spansOf(result: ReturnType<ViewBuilder['finish']>): Array<[number, number]> {
  if (result === null) return [];
  return Array.from({ length: result.text.length }, (_, unit) => result.map.map(unit, unit + 1));
}

describe('ViewBuilder', () => {
  it('returns null when the output is the whole source unchanged', () => {
    const builder = new ViewBuilder('abcdef');
    builder.copy(0, 3);
    builder.copy(3, 6);
    expect(builder.finish()).toBeNull();
  });

  it('maps copied units to themselves and emitted units to their whole source span', () => {
    const builder = new ViewBuilder('ab__cd');
    builder.copy(0, 2);
    builder.emit('XYZ', 2, 4);
    builder.copy(4, 6);
    const result = builder.finish();
    expect(result?.text).toBe('abXYZcd');
    expect(spansOf(result)).toEqual([[0, 1], [1, 2], [2, 4], [2, 4], [2, 4], [4, 5], [5, 6]]);
    expect(result?.map.map(1, 4)).toEqual([1, 4]);
  });

  it('attaches a removed run to the next unit, or to the last unit at the end', () => {
    const builder = new ViewBuilder('a--b--');
    builder.copy(0, 1);
    builder.remove(1, 3);
    builder.copy(3, 4);
    builder.remove(4, 6);
    const result = builder.finish();
    expect(result?.text).toBe('ab');
    expect(spansOf(result)).toEqual([[0, 1], [1, 6]]);
    expect(result?.map.map(0, 2)).toEqual([0, 6]);
  });

  it('keeps surrogate pairs whole, also when a removal is attached to them', () => {
    const source = 'x\u200b😀y';
    const builder = new ViewBuilder(source);
    builder.copy(0, 1);
    builder.remove(1, 2);
    builder.copy(2, 5);
    const result = builder.finish();
    expect(result?.text).toBe('x😀y');
    expect(spansOf(result)).toEqual([[0, 1], [1, 4], [1, 4], [4, 5]]);
  });

  it('gives an empty view when everything is removed', () => {
    const builder = new ViewBuilder('\u200b\u200b');
    builder.remove(0, 2);
    const result = builder.finish();
    expect(result?.text).toBe('');
    expect(result?.map.map(0, 0)).toEqual([0, 0]);
  });

  it('maps an empty span to a point', () => {
    const builder = new ViewBuilder('abc');
    builder.emit('Q', 0, 2);
    builder.copy(2, 3);
    const result = builder.finish();
    expect(result?.map.map(1, 1)).toEqual([2, 2]);
    expect(result?.map.map(2, 2)).toEqual([3, 3]);
  });
});
