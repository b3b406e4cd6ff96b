import { wait } from './wait.js';

export interface RateLimiter {
  /** Resolves when the caller may send one request; rejects as soon as `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<void>;
}

/**
 * A token bucket refilled at `requestsPerSecond` holding `burst` tokens (default 1, which spaces
 * requests evenly); one limiter is shared by all calls of one target instance.
 * @example
 * const limiter = createRateLimiter(5);
 * await limiter.acquire(signal); // at most 5 requests per second pass
 */
export function createRateLimiter(requestsPerSecond: number, options: { burst?: number; label?: string; now?: () => number } = {}): RateLimiter {
  const interval = 1000 / requestsPerSecond;
  const burst = Math.max(1, options.burst ?? 1);
  const now = options.now ?? (() => performance.now());
  /** When the bucket is next full again if nobody else asks: each acquire pushes it one interval on. */
  let theoreticalArrival = now();
  return {
    acquire(signal) {
      const current = now();
      const start = Math.max(theoreticalArrival, current);
      const delay = Math.max(0, start - current - (burst - 1) * interval);
      theoreticalArrival = start + interval;
      return wait(delay, { signal, label: options.label ?? 'rate limiter' });
    },
  };
}
