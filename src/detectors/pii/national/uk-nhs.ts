import { isOneRepeatedCharacter, weightedDigitSum } from './checksums/weighted-sum.js';
import { defineNationalId, digitsOf } from './define-national-id.js';

const weights = [10, 9, 8, 7, 6, 5, 4, 3, 2];

/** A mod-11 check digit is right for about 1 in 11 random runs: weak alone, see README. */
export const ukNhsBaseScore = 0.4;

/**
 * True when a 10-digit NHS number ends in its mod-11 check digit (weights 10..2; a check value
 * of 10 is never issued).
 * @example
 * isValidNhsNumber('4010232137'); // true
 */
export function isValidNhsNumber(digits: string): boolean {
  if (digits.length !== 10 || isOneRepeatedCharacter(digits)) return false;
  const check = (11 - (weightedDigitSum(digits, weights) % 11)) % 11;
  return check !== 10 && check === digits.charCodeAt(9) - 48;
}

/** UK NHS numbers: 10 digits, often grouped 3-3-4 with spaces or hyphens. */
export const ukNhsRecognizer = defineNationalId({
  id: 'uk-nhs',
  entity: 'UK_NHS',
  pattern: /\b\d{3}([ -]?)\d{3}\1\d{4}\b/,
  leadingDigitGroups: [3, 10],
  minDigits: 10,
  context: ['nhs', 'national health service', 'health service', 'patient'],
  documentContext: ['nhs', 'national health service'],
  score: (candidate) => (isValidNhsNumber(digitsOf(candidate)) ? ukNhsBaseScore : undefined),
});
