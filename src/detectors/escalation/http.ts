import { VouchError } from '../../core/errors.js';
import { describeNetworkError } from '../../core/network.js';
import { abortedError, snippet, targetFailed, withTimeout, type FailureSite } from './failure.js';
import type { CreateAdapterOptions } from './types.js';

/** A JSON endpoint an adapter posts to, with what it needs to call it. */
export interface JsonEndpoint {
  adapter: string;
  url: string;
  /** Sent as `Authorization: Bearer …` when set. */
  apiKey: string | undefined;
  timeoutMs: number;
  fetch: typeof fetch;
}

/**
 * The API key named by `apiKeyEnv`, read from the environment given to `createAdapter`.
 * A name that is not set there is a configuration error (the key itself is never in a message).
 */
export function resolveApiKey(adapter: string, apiKeyEnv: string | undefined, options: CreateAdapterOptions): string | undefined {
  if (apiKeyEnv === undefined) return undefined;
  const value = options.env?.[apiKeyEnv];
  if (value === undefined || value === '') {
    throw new VouchError('VOUCH_CONFIG_INVALID', `${adapter}: apiKeyEnv names ${apiKeyEnv}, which is not set in the environment given to createAdapter`, {
      path: 'apiKeyEnv',
      fix: `Set ${apiKeyEnv} (and pass the environment as options.env), or remove apiKeyEnv for a server without keys.`,
    });
  }
  return value;
}

/**
 * POSTs `body` as JSON and returns the parsed JSON answer. Unreachable endpoints, HTTP errors,
 * answers that are not JSON and a fired `signal` (or the endpoint's timeout) all reject with
 * VOUCH_TARGET_FAILED naming the adapter and the endpoint.
 */
export async function postJson(endpoint: JsonEndpoint, body: unknown, signal: AbortSignal): Promise<unknown> {
  const site: FailureSite = { adapter: endpoint.adapter, target: `POST ${endpoint.url}` };
  const combined = withTimeout(signal, endpoint.timeoutMs);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (endpoint.apiKey !== undefined) headers.authorization = `Bearer ${endpoint.apiKey}`;
  let response: Response;
  try {
    response = await endpoint.fetch(endpoint.url, { method: 'POST', headers, body: JSON.stringify(body), signal: combined });
  } catch (error) {
    if (combined.aborted) throw abortedError(site, combined);
    throw targetFailed(site, `unreachable: ${describeNetworkError(error)}`, {
      fix: 'Check that the server is running and baseUrl is right (including the /v1 prefix).',
      cause: error,
    });
  }
  const text = await readBody(response, site, combined);
  if (!response.ok) {
    throw targetFailed(site, `HTTP ${response.status} ${response.statusText}: ${snippet(text)}`, { fix: httpFix(response.status) });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw targetFailed(site, `answer is not JSON: ${snippet(text)}`, { cause: error, fix: 'Point baseUrl at an OpenAI-compatible API.' });
  }
}

async function readBody(response: Response, site: FailureSite, signal: AbortSignal): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (signal.aborted) throw abortedError(site, signal);
    throw targetFailed(site, `answer could not be read: ${describeNetworkError(error)}`, { cause: error });
  }
}

function httpFix(status: number): string {
  if (status === 401 || status === 403) return 'Check the API key in the variable apiKeyEnv names.';
  if (status === 404) return 'Check baseUrl (it should end where /chat/completions or /moderations can be appended) and the model name.';
  if (status === 429) return 'The endpoint is rate-limiting: lower the escalation rate, raise the quota, or use another endpoint.';
  if (status >= 500) return 'The upstream server failed; check its logs or try again later.';
  return 'Check the request the adapter sends against what the server expects.';
}
