import { describe, expect, it } from 'vitest';
import { runPool } from './pool.js';

describe('runPool', () => {
  it('never runs more than `concurrency` jobs at once and runs each once', async () => {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    await runPool(Array.from({ length: 50 }, (_, index) => index), 4, async (job) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      seen.push(job);
      running--;
    });
    expect(peak).toBe(4);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index));
  });
  it('pulls an async generator lazily, one step at a time', async () => {
    let pulled = 0;
    async function* jobs(): AsyncGenerator<number> {
      for (let index = 0; index < 20; index++) {
        pulled++;
        yield index;
      }
    }
    const done: number[] = [];
    await runPool(jobs(), 3, async (job) => void done.push(job));
    expect(pulled).toBe(20);
    expect(done).toHaveLength(20);
  });
  it('stops taking jobs once the signal aborts', async () => {
    const controller = new AbortController();
    let started = 0;
    await runPool(Array.from({ length: 100 }, (_, index) => index), 2, async () => {
      started++;
      if (started === 5) controller.abort();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }, controller.signal);
    expect(started).toBeLessThan(8);
  });
  it('rethrows a worker error after the other lanes settle', async () => {
    await expect(runPool([1, 2, 3], 2, async (job) => {
      if (job === 2) throw new Error('boom');
    })).rejects.toThrow('boom');
  });
});
