import { VouchError, toVouchError } from '../core/errors.js';
import { wait } from './wait.js';

/** A failed attempt: whether trying again may help, and how long the upstream asked us to wait. */
export class AttemptFailure extends Error {
  readonly retriable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: { retriable: boolean; retryAfterMs?: number; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AttemptFailure';
    this.retriable = options.retriable;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export interface RetryOptions {
  /** Attempts after the first one. */
  retries: number;
  /** First backoff delay; it doubles per attempt, plus up to the same again as jitter. */
  backoffMs: number;
  signal?: AbortSignal;
  /** Names the target in errors. */
  label: string;
  /** Upper bound on any single wait, including one asked for by `Retry-After` (default 30 s). */
  maxDelayMs?: number;
  /** Source of jitter in [0, 1) (default Math.random). */
  random?: () => number;
}

/** How long to wait before attempt `attempt + 1` (attempt counts from 1). */
export function backoffDelay(attempt: number, failure: AttemptFailure, options: RetryOptions): number {
  const cap = options.maxDelayMs ?? 30_000;
  if (failure.retryAfterMs !== undefined) return Math.min(failure.retryAfterMs, cap);
  const base = options.backoffMs * 2 ** (attempt - 1);
  return Math.min(base + base * (options.random ?? Math.random)(), cap);
}

/**
 * Runs `attempt` until it succeeds, it throws a non-retriable failure, or the retries run out;
 * the last failure rejects as VOUCH_TARGET_FAILED. Aborting `signal` stops any wait at once.
 * @example
 * const value = await withRetries({ retries: 3, backoffMs: 250, label: 'command:bot' }, (n) => runOnce(n));
 */
export async function withRetries<Value>(options: RetryOptions, attempt: (attemptNumber: number) => Promise<Value>): Promise<{ value: Value; attempts: number }> {
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    await wait(0, options);
    try {
      return { value: await attempt(attemptNumber), attempts: attemptNumber };
    } catch (error) {
      if (error instanceof VouchError) throw error;
      const failure = error instanceof AttemptFailure ? error : new AttemptFailure(toVouchError(error).message, { retriable: false, cause: error });
      if (!failure.retriable || attemptNumber > options.retries) {
        const tries = attemptNumber === 1 ? '1 attempt' : `${attemptNumber} attempts`;
        throw new VouchError('VOUCH_TARGET_FAILED', `${options.label}: ${failure.message} (after ${tries})`, {
          cause: error,
          fix: 'Check that the target is running and reachable and that its configuration (URL, key, command) is right.',
        });
      }
      await wait(backoffDelay(attemptNumber, failure, options), options);
    }
  }
}
