import { isVouchError, type ErrorCategory } from '../core/errors.js';

const byCategory: Record<ErrorCategory, number> = {
  config: 400,
  usage: 400,
  input: 400,
  infrastructure: 503,
  internal: 500,
};

/** HTTP status for an error: the only place this mapping lives. */
export function httpStatusFor(error: unknown): number {
  if (!isVouchError(error)) return 500;
  if (error.code === 'VOUCH_INPUT_TOO_LARGE') return 413;
  return byCategory[error.category];
}
