import { isOneRepeatedCharacter, weightedDigitSum } from './checksums/weighted-sum.js';
import { defineNationalId, digitsOf } from './define-national-id.js';

/** The 11-proof passes about 1 in 11 random runs: weak alone, see README. */
export const nlBsnBaseScore = 0.4;

const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/**
 * True when a 9-digit BSN passes the 11-proof (weights 9..2 and -1 on the last digit).
 * @example
 * isValidBsn('123456782'); // true
 */
export function isValidBsn(digits: string): boolean {
  if (digits.length !== 9 || isOneRepeatedCharacter(digits)) return false;
  return weightedDigitSum(digits, weights) % 11 === 0;
}

/** Dutch citizen service numbers (burgerservicenummer), compact, dotted 4.2.3 or spaced 3-3-3. */
export const nlBsnRecognizer = defineNationalId({
  id: 'nl-bsn',
  entity: 'NL_BSN',
  pattern: /\b(?:\d{4}(\.?)\d{2}\1\d{3}|\d{3} \d{3} \d{3})\b/,
  leadingDigitGroups: [3, 4, 9],
  minDigits: 9,
  context: ['bsn', 'burgerservicenummer', 'burger service nummer', 'sofinummer', 'sofi-nummer', 'sofi'],
  documentContext: ['bsn', 'burgerservicenummer', 'burger service nummer', 'sofinummer'],
  score: (candidate) => (isValidBsn(digitsOf(candidate)) ? nlBsnBaseScore : undefined),
});
