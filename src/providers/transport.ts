import { describeNetworkError } from '../core/network.js';
import { AttemptFailure, withRetries } from './retry.js';
import { abortedError } from './wait.js';

export { createRateLimiter, type RateLimiter } from './rate-limiter.js';

export interface PostJsonOptions {
  url: string;
  /** Default POST; a GET sends no body. */
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** Per attempt, covering the response body too. */
  timeoutMs: number;
  /** Attempts after the first, on 429, 5xx, timeouts and network errors. */
  retries: number;
  backoffMs: number;
  signal?: AbortSignal;
  /** The target's label, named in errors. */
  label: string;
}

export interface JsonResponse {
  status: number;
  json: unknown;
  attempts: number;
  latencyMs: number;
}

const retryAfterCapSeconds = 30;

/**
 * Sends JSON and parses the JSON answer, retrying 429, 5xx, timeouts and network errors with
 * exponential backoff and jitter (or the server's `Retry-After` seconds); other statuses fail at
 * once. Failures reject with VOUCH_TARGET_FAILED naming the label, URL, status and body start.
 * @example
 * const { json } = await postJson({ url, body, timeoutMs: 30_000, retries: 3, backoffMs: 250, label: 'openai:gpt-4o' });
 */
export async function postJson(options: PostJsonOptions): Promise<JsonResponse> {
  const started = performance.now();
  const { value, attempts } = await withRetries(options, () => attemptOnce(options));
  return { status: value.status, json: value.json, attempts, latencyMs: performance.now() - started };
}

async function attemptOnce(options: PostJsonOptions): Promise<{ status: number; json: unknown }> {
  const method = options.method ?? 'POST';
  const where = `${method} ${options.url}`;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await fetch(options.url, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: JSON.stringify(options.body ?? null) }),
      signal: controller.signal,
    });
    const text = await response.text();
    return parseResponse(response, text, where);
  } catch (error) {
    if (error instanceof AttemptFailure) throw error;
    if (options.signal?.aborted) throw abortedError(options.label);
    if (timedOut) throw new AttemptFailure(`${where} timed out after ${options.timeoutMs} ms`, { retriable: true, cause: error });
    throw new AttemptFailure(`${where} failed: ${describeNetworkError(error)}`, { retriable: true, cause: error });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function parseResponse(response: Response, text: string, where: string): { status: number; json: unknown } {
  const status = response.status;
  if (status < 200 || status >= 300) {
    const retriable = status === 429 || status >= 500;
    const retryAfterMs = retriable ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
    throw new AttemptFailure(`${where} answered HTTP ${status}: ${text.slice(0, 200)}`, {
      retriable,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  try {
    return { status, json: text === '' ? null : JSON.parse(text) };
  } catch {
    throw new AttemptFailure(`${where} answered HTTP ${status} with a body that is not JSON: ${text.slice(0, 200)}`, { retriable: false });
  }
}

/** `Retry-After` in seconds, capped; HTTP dates and junk fall back to our own backoff. */
function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || !/^\s*\d+(\.\d+)?\s*$/.test(header)) return undefined;
  return Math.min(Number(header), retryAfterCapSeconds) * 1000;
}
