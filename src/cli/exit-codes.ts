import { isVouchError, type ErrorCategory } from '../core/errors.js';

/** CLI exit codes (DESIGN.md): the only place they are decided. */
export const exitCodes = {
  ok: 0,
  /** A gate, scan or test said no. */
  refused: 1,
  /** Usage or configuration error, including invalid input records. */
  usage: 2,
  /** Infrastructure: target unreachable, database down. */
  infrastructure: 3,
} as const;

const byCategory: Record<ErrorCategory, number> = {
  config: exitCodes.usage,
  usage: exitCodes.usage,
  input: exitCodes.usage,
  infrastructure: exitCodes.infrastructure,
  internal: exitCodes.infrastructure,
};

export function exitCodeFor(error: unknown): number {
  return isVouchError(error) ? byCategory[error.category] : exitCodes.infrastructure;
}
