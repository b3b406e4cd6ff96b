import { describe, expect, it } from 'vitest';
import { raceAbort, snippet, withTimeout } from './failure.js';
import { expectVouchError } from './testing/expect-error.js';

const site = { adapter: 'test', target: 'somewhere' };

describe('raceAbort', () => {
  it('settles with the work when the signal does not fire', async () => {
    expect(await raceAbort(Promise.resolve(42), new AbortController().signal, site)).toBe(42);
    await expect(raceAbort(Promise.reject(new Error('boom')), new AbortController().signal, site)).rejects.toThrow('boom');
  });

  it('rejects as soon as the signal fires, though the work never settles', async () => {
    const controller = new AbortController();
    const racing = raceAbort(new Promise(() => undefined), controller.signal, site);
    controller.abort();
    await expectVouchError(racing, 'VOUCH_TARGET_FAILED', ['test: somewhere: aborted']);
    await expectVouchError(raceAbort(new Promise(() => undefined), AbortSignal.abort(), site), 'VOUCH_TARGET_FAILED', ['aborted']);
  });

  it('says "timed out" for the adapter timeout', async () => {
    const signal = withTimeout(new AbortController().signal, 20);
    await expectVouchError(raceAbort(new Promise(() => undefined), signal, site), 'VOUCH_TARGET_FAILED', ['test: somewhere: timed out']);
  });
});

describe('snippet', () => {
  it('flattens and shortens upstream text for messages', () => {
    expect(snippet('a\n  b')).toBe('"a b"');
    expect(snippet('x'.repeat(300), 5)).toBe('"xxxxx"…');
  });
});
