import { describe, expect, it } from 'vitest';
import { VouchError } from '../core/errors.js';
import { AttemptFailure, backoffDelay, withRetries } from './retry.js';

const options = { retries: 3, backoffMs: 100, label: 'demo', random: () => 0.5 };

describe('backoffDelay', () => {
  it('doubles per attempt and adds jitter proportional to the base', () => {
    const failure = new AttemptFailure('x', { retriable: true });
    expect([1, 2, 3].map((attempt) => backoffDelay(attempt, failure, options))).toEqual([150, 300, 600]);
  });

  it('prefers Retry-After and caps it', () => {
    expect(backoffDelay(1, new AttemptFailure('x', { retriable: true, retryAfterMs: 0 }), options)).toBe(0);
    expect(backoffDelay(1, new AttemptFailure('x', { retriable: true, retryAfterMs: 90_000 }), { ...options, maxDelayMs: 5000 })).toBe(5000);
  });
});

describe('withRetries', () => {
  it('retries retriable failures and counts attempts', async () => {
    let calls = 0;
    const result = await withRetries({ ...options, backoffMs: 1 }, async () => {
      calls += 1;
      if (calls < 3) throw new AttemptFailure('flaky', { retriable: true });
      return 'ok';
    });
    expect(result).toEqual({ value: 'ok', attempts: 3 });
  });

  it('stops at a non-retriable failure with VOUCH_TARGET_FAILED naming the label', async () => {
    let calls = 0;
    const run = withRetries(options, async () => {
      calls += 1;
      throw new AttemptFailure('HTTP 401: bad key', { retriable: false });
    });
    await expect(run).rejects.toMatchObject({ code: 'VOUCH_TARGET_FAILED', message: 'demo: HTTP 401: bad key (after 1 attempt)' });
    expect(calls).toBe(1);
  });

  it('gives up after the last retry', async () => {
    const run = withRetries({ ...options, retries: 2, backoffMs: 1 }, async () => {
      throw new AttemptFailure('HTTP 500', { retriable: true });
    });
    await expect(run).rejects.toThrow('demo: HTTP 500 (after 3 attempts)');
  });

  it('passes VouchErrors through unchanged', async () => {
    const error = new VouchError('VOUCH_CONFIG_INVALID', 'nope');
    await expect(withRetries(options, async () => Promise.reject(error))).rejects.toBe(error);
  });
});
