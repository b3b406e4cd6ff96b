import { VouchError } from '../core/errors.js';

/** The error a call rejects with when its caller aborts it. */
export function abortedError(label: string): VouchError {
  return new VouchError('VOUCH_TARGET_FAILED', `${label}: the call was aborted`, {
    fix: 'The caller cancelled the call (a run was stopped or timed out); nothing to fix in the target.',
  });
}

/**
 * Resolves after `milliseconds`, or rejects with `abortedError(label)` as soon as `signal` aborts.
 * @example
 * await wait(250, { signal, label: 'openai:gpt-4o' });
 */
export function wait(milliseconds: number, options: { signal?: AbortSignal; label: string }): Promise<void> {
  const { signal, label } = options;
  if (signal?.aborted) return Promise.reject(abortedError(label));
  if (milliseconds <= 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(label));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
