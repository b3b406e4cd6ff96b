import { describe, expect, it } from 'vitest';
import { Slab } from './slab.js';

describe('Slab', () => {
  it('hands out zeroed pieces of the asked length that do not overlap', () => {
    const slab = new Slab(64);
    const first = slab.take(5);
    const second = slab.take(3);
    expect([first.length, second.length]).toEqual([5, 3]);
    expect([...first, ...second]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    first.fill(7);
    expect([...second]).toEqual([0, 0, 0]);
    expect(first.buffer).toBe(second.buffer);
  });

  it('starts a new buffer when the current one is full, leaving earlier pieces intact', () => {
    const slab = new Slab(16);
    const first = slab.take(4);
    first.fill(1);
    slab.take(4);
    slab.take(4);
    const fourth = slab.take(4);
    const fifth = slab.take(2);
    expect(fifth.buffer).not.toBe(fourth.buffer);
    expect([...fifth]).toEqual([0, 0]);
    expect([...first]).toEqual([1, 1, 1, 1]);
  });

  it('allocates a piece longer than a quarter of the slab on its own', () => {
    const slab = new Slab(16);
    const small = slab.take(2);
    const large = slab.take(5);
    expect(large.length).toBe(5);
    expect(large.buffer).not.toBe(small.buffer);
    expect(slab.take(2).buffer).toBe(small.buffer);
  });
});
