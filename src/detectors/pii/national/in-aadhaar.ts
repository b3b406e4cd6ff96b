import { verhoeffValid } from './checksums/verhoeff.js';
import { isOneRepeatedCharacter } from './checksums/weighted-sum.js';
import { defineNationalId, digitsOf } from './define-national-id.js';

/** Verhoeff passes about 1 in 10 random runs: weak alone, see README. */
export const inAadhaarBaseScore = 0.4;

/**
 * True when a 12-digit Aadhaar number starts with 2–9 and passes the Verhoeff check.
 * @example
 * isValidAadhaar('234123456783'); // true
 */
export function isValidAadhaar(digits: string): boolean {
  if (digits.length !== 12 || digits[0] === '0' || digits[0] === '1') return false;
  return !isOneRepeatedCharacter(digits) && verhoeffValid(digits);
}

/** Indian Aadhaar numbers, compact or grouped 4-4-4. */
export const inAadhaarRecognizer = defineNationalId({
  id: 'in-aadhaar',
  entity: 'IN_AADHAAR',
  pattern: /\b[2-9]\d{3}([ -]?)\d{4}\1\d{4}\b/,
  leadingDigitGroups: [4, 12],
  minDigits: 12,
  context: ['aadhaar', 'aadhar', 'adhaar', 'uidai', 'uid', 'आधार'],
  documentContext: ['aadhaar', 'aadhar', 'adhaar', 'uidai', 'आधार'],
  score: (candidate) => (isValidAadhaar(digitsOf(candidate)) ? inAadhaarBaseScore : undefined),
});
