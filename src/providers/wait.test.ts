import { describe, expect, it } from 'vitest';
import { abortedError, wait } from './wait.js';

describe('wait', () => {
  it('resolves after the delay', async () => {
    const started = performance.now();
    await wait(60, { label: 't' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('rejects at once when the signal aborts mid-wait', async () => {
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 20);
    await expect(wait(10_000, { signal: controller.signal, label: 'my-target' })).rejects.toMatchObject({ code: 'VOUCH_TARGET_FAILED', message: 'my-target: the call was aborted' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('rejects an already aborted signal without waiting', async () => {
    await expect(wait(0, { signal: AbortSignal.abort(), label: 'x' })).rejects.toEqual(abortedError('x'));
  });
});
