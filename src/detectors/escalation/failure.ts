import { VouchError } from '../../core/errors.js';

/** Where a failure happened, for messages: the adapter id and the endpoint or file it used. */
export interface FailureSite {
  adapter: string;
  /** "POST http://host/v1/moderations", "/models/guard/model.onnx", … */
  target: string;
}

/** A VOUCH_TARGET_FAILED error whose message names the adapter, the endpoint or file, and what went wrong. */
export function targetFailed(site: FailureSite, what: string, options: { fix?: string; cause?: unknown } = {}): VouchError {
  return new VouchError('VOUCH_TARGET_FAILED', `${site.adapter}: ${site.target}: ${what}`, {
    ...(options.fix === undefined ? {} : { fix: options.fix }),
    ...(options.cause === undefined ? {} : { cause: options.cause }),
  });
}

/** A VOUCH_CONFIG_INVALID error naming the adapter and the file or setting at fault. */
export function configInvalid(site: FailureSite, what: string, fix: string): VouchError {
  return new VouchError('VOUCH_CONFIG_INVALID', `${site.adapter}: ${site.target}: ${what}`, { file: site.target, fix });
}

/** The error for a request whose signal fired: the latency budget ran out or the caller gave up. */
export function abortedError(site: FailureSite, signal: AbortSignal): VouchError {
  const reason: unknown = signal.reason;
  const detail = reason instanceof Error && reason.name === 'TimeoutError' ? 'timed out' : 'aborted (latency budget ran out or the caller cancelled)';
  return targetFailed(site, detail, {
    fix: 'Raise the escalation latency budget or timeoutMs, or use a faster model.',
    cause: reason,
  });
}

/**
 * Settles with `work`, or rejects with `abortedError` as soon as `signal` fires, whichever comes
 * first. `work` itself is not cancelled (use it for calls that take no signal, like an ONNX run).
 */
export function raceAbort<Value>(work: Promise<Value>, signal: AbortSignal, site: FailureSite): Promise<Value> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(abortedError(site, signal));
  }
  return new Promise<Value>((resolve, reject) => {
    const onAbort = (): void => reject(abortedError(site, signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** The request signal combined with the adapter's own upper bound on one call. */
export function withTimeout(signal: AbortSignal, timeoutMs: number): AbortSignal {
  return AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);
}

/** At most `length` characters of an upstream answer, on one line, for an error message. */
export function snippet(text: string, length = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? JSON.stringify(flat) : `${JSON.stringify(flat.slice(0, length))}…`;
}
