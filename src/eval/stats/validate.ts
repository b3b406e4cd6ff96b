import { VouchError } from '../../core/errors.js';

/**
 * Argument checks shared by the statistics functions. They throw VOUCH_INPUT_INVALID naming the
 * argument, so a bad call fails loudly instead of returning NaN.
 */
function invalid(name: string, expected: string, value: unknown): VouchError {
  return new VouchError('VOUCH_INPUT_INVALID', `${name} must be ${expected}, got ${String(value)}`, {
    path: name,
    fix: `Pass ${expected} as ${name}.`,
  });
}

/** Requires a whole number ≥ 0. */
export function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw invalid(name, 'a whole number ≥ 0', value);
}

/** Requires a number strictly between 0 and 1 (a confidence level, alpha or power). */
export function requireOpenProbability(name: string, value: number): void {
  if (!(value > 0 && value < 1)) throw invalid(name, 'a number strictly between 0 and 1', value);
}

/** Requires a number in [0, 1] (a p-value or a rate). */
export function requireProbability(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw invalid(name, 'a number between 0 and 1', value);
}

/** Requires a finite number > 0 and ≤ `maximum`. */
export function requirePositive(name: string, value: number, maximum = Number.POSITIVE_INFINITY): void {
  if (!(Number.isFinite(value) && value > 0 && value <= maximum)) {
    throw invalid(name, maximum === Number.POSITIVE_INFINITY ? 'a finite number > 0' : `a number > 0 and ≤ ${maximum}`, value);
  }
}
