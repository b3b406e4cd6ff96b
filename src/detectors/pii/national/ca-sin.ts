import { isLuhnValid } from '../validators/luhn.js';
import { isOneRepeatedCharacter } from './checksums/weighted-sum.js';
import { defineNationalId, digitsOf } from './define-national-id.js';

/** Luhn passes about 1 in 10 random runs: weak alone, see README. */
export const caSinBaseScore = 0.4;

/**
 * True when a 9-digit Social Insurance Number passes Luhn and does not start with 0 (never issued)
 * or 8 (business numbers).
 * @example
 * isValidSin('046454286'); // false: starts with 0
 */
export function isValidSin(digits: string): boolean {
  if (digits.length !== 9 || digits[0] === '0' || digits[0] === '8') return false;
  return !isOneRepeatedCharacter(digits) && isLuhnValid(digits);
}

/** Canadian Social Insurance Numbers, compact or grouped 3-3-3. */
export const caSinRecognizer = defineNationalId({
  id: 'ca-sin',
  entity: 'CA_SIN',
  pattern: /\b\d{3}([ -]?)\d{3}\1\d{3}\b/,
  leadingDigitGroups: [3, 9],
  minDigits: 9,
  context: ['sin', 'social insurance', 'nas', 'assurance sociale'],
  documentContext: ['SIN', 'social insurance', 'assurance sociale'],
  score: (candidate) => (isValidSin(digitsOf(candidate)) ? caSinBaseScore : undefined),
});
