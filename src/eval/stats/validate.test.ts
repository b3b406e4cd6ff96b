import { describe, expect, it } from 'vitest';
import type { VouchError } from '../../core/errors.js';
import { requireCount, requireOpenProbability, requirePositive, requireProbability } from './validate.js';

function errorOf(action: () => void): VouchError | undefined {
  try {
    action();
  } catch (error) {
    return error as VouchError;
  }
  return undefined;
}

describe('argument checks', () => {
  it('accept valid values and reject invalid ones with VOUCH_INPUT_INVALID naming the argument', () => {
    expect(errorOf(() => requireCount('n', 3))).toBeUndefined();
    const error = errorOf(() => requireCount('n', 2.5));
    expect(error?.code).toBe('VOUCH_INPUT_INVALID');
    expect(error?.path).toBe('n');
    expect(error?.message).toBe('n must be a whole number ≥ 0, got 2.5');
    expect(errorOf(() => requireOpenProbability('alpha', 0))?.message).toMatch(/^alpha must be a number strictly between 0 and 1/);
    expect(errorOf(() => requireProbability('rate', 1))).toBeUndefined();
    expect(errorOf(() => requireProbability('rate', Number.NaN))?.path).toBe('rate');
    expect(errorOf(() => requirePositive('width', 0.7, 0.5))?.message).toBe('width must be a number > 0 and ≤ 0.5, got 0.7');
    expect(errorOf(() => requirePositive('width', Number.POSITIVE_INFINITY))?.message).toMatch(/finite number > 0/);
  });
});
