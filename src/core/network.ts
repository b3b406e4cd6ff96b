/**
 * What went wrong with a fetch, for a message: the system error code and message of its cause
 * when there is one ("ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:9)"), else the error's own.
 * @example
 * describeNetworkError(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND x') })); // 'getaddrinfo ENOTFOUND x'
 */
export function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' ? `${code} (${cause.message})` : cause.message;
  }
  return error.message;
}
