import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

describe('createRateLimiter', () => {
  it('spaces calls evenly at the configured rate', async () => {
    const limiter = createRateLimiter(20);
    const started = performance.now();
    const times = await Promise.all([0, 1, 2, 3].map(async () => {
      await limiter.acquire();
      return performance.now() - started;
    }));
    times.sort((a, b) => a - b);
    expect(times[0]).toBeLessThan(45);
    // Timers never fire early, so the k-th call passes no sooner than k intervals (50 ms) after the start.
    times.forEach((time, index) => expect(time).toBeGreaterThanOrEqual(index * 50 - 2));
  });

  it('lets a burst through at once, then spaces', async () => {
    const limiter = createRateLimiter(10, { burst: 3 });
    const started = performance.now();
    for (let index = 0; index < 3; index += 1) await limiter.acquire();
    expect(performance.now() - started).toBeLessThan(45);
    await limiter.acquire();
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('rejects a waiting acquire when its signal aborts', async () => {
    const limiter = createRateLimiter(0.5, { label: 'slow-target' });
    await limiter.acquire();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(limiter.acquire(controller.signal)).rejects.toThrow('slow-target: the call was aborted');
  });
});
