import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache', () => {
  it('returns stored values and evicts the least recently used past its limit', () => {
    const cache = new BoundedCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('overwrites a key without growing', () => {
    const cache = new BoundedCache<string>(2);
    cache.set('a', 'x');
    cache.set('a', 'y');
    expect(cache.get('a')).toBe('y');
    expect(cache.size).toBe(1);
  });
});
