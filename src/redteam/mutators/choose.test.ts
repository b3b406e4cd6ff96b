import { describe, expect, it } from 'vitest';
import { createRandom } from '../../core/random.js';
import { chance, pick, shuffle } from './choose.js';

describe('seeded choices', () => {
  it('picks every option over many draws and only options from the list', () => {
    const random = createRandom(7);
    const seen = new Set<string>();
    for (let draw = 0; draw < 200; draw += 1) seen.add(pick(random, ['a', 'b', 'c']));
    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
  });

  it('rejects an empty list', () => {
    expect(() => pick(createRandom(1), [])).toThrow(RangeError);
  });

  it('shuffles into a permutation that depends on the seed only', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8];
    const first = shuffle(createRandom(3), values);
    expect([...first].sort((left, right) => left - right)).toEqual(values);
    expect(shuffle(createRandom(3), values)).toEqual(first);
    expect(values).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('draws true about as often as the probability says', () => {
    const random = createRandom(11);
    let hits = 0;
    for (let draw = 0; draw < 1000; draw += 1) if (chance(random, 0.25)) hits += 1;
    expect(hits).toBeGreaterThan(200);
    expect(hits).toBeLessThan(300);
    expect(chance(random, 0)).toBe(false);
  });
});
