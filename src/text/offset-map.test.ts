import { describe, expect, it } from 'vitest';
import { composeMaps, constantMap, identityMap, shiftedMap } from './offset-map.js';

describe('identityMap', () => {
  it('maps a span to itself and clamps it into the text', () => {
    const map = identityMap('hello');
    expect(map.map(1, 3)).toEqual([1, 3]);
    expect(map.map(-4, 99)).toEqual([0, 5]);
    expect(map.map(4, 2)).toEqual([4, 4]);
  });

  it('widens a span edge that falls inside a surrogate pair', () => {
    const map = identityMap('a😀b');
    expect(map.map(2, 4)).toEqual([1, 4]);
    expect(map.map(0, 2)).toEqual([0, 3]);
    expect(map.map(1, 3)).toEqual([1, 3]);
  });
});

describe('constantMap', () => {
  it('maps any non-empty span to the whole source span', () => {
    const map = constantMap(10, 30);
    expect(map.map(0, 1)).toEqual([10, 30]);
    expect(map.map(3, 9)).toEqual([10, 30]);
    expect(map.map(0, 0)).toEqual([10, 10]);
    expect(map.map(5, 5)).toEqual([30, 30]);
  });
});

describe('shiftedMap', () => {
  it('moves spans by a fixed offset within its length', () => {
    const map = shiftedMap(7, 5);
    expect(map.map(1, 3)).toEqual([8, 10]);
    expect(map.map(0, 50)).toEqual([7, 12]);
  });
});

describe('composeMaps', () => {
  it('follows the inner map and then the outer one', () => {
    const composed = composeMaps(shiftedMap(2, 4), constantMap(100, 120));
    expect(composed.map(0, 1)).toEqual([100, 120]);
    const chained = composeMaps(shiftedMap(1, 3), shiftedMap(10, 5));
    expect(chained.map(0, 2)).toEqual([11, 13]);
  });
});
