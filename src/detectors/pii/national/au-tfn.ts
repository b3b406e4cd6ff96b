import { isOneRepeatedCharacter, weightedDigitSum } from './checksums/weighted-sum.js';
import { defineNationalId, digitsOf } from './define-national-id.js';

/** A weighted mod-11 check passes about 1 in 11 random runs: weak alone, see README. */
export const auTfnBaseScore = 0.4;

const nineDigitWeights = [1, 4, 3, 7, 5, 8, 6, 9, 10];
const eightDigitWeights = [10, 7, 8, 4, 6, 3, 5, 1];

/**
 * True when an 8- or 9-digit Tax File Number's weighted digit sum is a multiple of 11.
 * @example
 * isValidTfn('123456782'); // true
 */
export function isValidTfn(digits: string): boolean {
  if ((digits.length !== 8 && digits.length !== 9) || isOneRepeatedCharacter(digits)) return false;
  const weights = digits.length === 9 ? nineDigitWeights : eightDigitWeights;
  return weightedDigitSum(digits, weights) % 11 === 0;
}

/** Australian Tax File Numbers, 9 digits grouped 3-3-3 or the older 8-digit form. */
export const auTfnRecognizer = defineNationalId({
  id: 'au-tfn',
  entity: 'AU_TFN',
  pattern: /\b\d{3}([ -]?)\d{3}\1\d{2,3}\b/,
  leadingDigitGroups: [3, 8, 9],
  minDigits: 8,
  context: ['tfn', 'tax file number', 'tax file'],
  documentContext: ['tfn', 'tax file number'],
  score: (candidate) => (isValidTfn(digitsOf(candidate)) ? auTfnBaseScore : undefined),
});
