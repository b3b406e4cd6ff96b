import { iso7064Mod1110Valid } from './checksums/iso7064-mod-11-10.js';
import { defineNationalId, digitsOf } from './define-national-id.js';

/** The check digit is 1 in 10, the repetition rule about 1 in 30: 1 random run in about 300 passes, rarer than a card number, so a bare one reports (see README). */
export const deTaxIdBaseScore = 0.55;

/**
 * True when, in the first ten digits, exactly one digit occurs twice or three times (three never in
 * a row) and every other digit at most once.
 */
export function hasTaxIdDigitPattern(firstTen: string): boolean {
  const counts = new Array<number>(10).fill(0);
  for (const char of firstTen) counts[char.charCodeAt(0) - 48]!++;
  const repeated = counts.filter((count) => count > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  return repeated[0] === 2 || !/(\d)\1\1/.test(firstTen);
}

/**
 * True when an 11-digit Steuer-ID starts with 1–9, follows the digit-repetition rule and ends in
 * its ISO 7064 MOD 11,10 check digit.
 * @example
 * isValidGermanTaxId('86095742719'); // true
 */
export function isValidGermanTaxId(digits: string): boolean {
  if (digits.length !== 11 || digits[0] === '0') return false;
  return hasTaxIdDigitPattern(digits.slice(0, 10)) && iso7064Mod1110Valid(digits);
}

/** German tax identification numbers (steuerliche Identifikationsnummer), compact or grouped 2-3-3-3. */
export const deTaxIdRecognizer = defineNationalId({
  id: 'de-tax-id',
  entity: 'DE_TAX_ID',
  pattern: /\b[1-9]\d( ?)\d{3}\1\d{3}\1\d{3}\b/,
  leadingDigitGroups: [2, 11],
  minDigits: 11,
  context: [
    'steuer',
    'steuer-id',
    'steuerid',
    'steuerliche identifikationsnummer',
    'steueridentifikationsnummer',
    'steuer-identifikationsnummer',
    'identifikationsnummer',
    'idnr',
    'tax id',
  ],
  documentContext: ['steuer-id', 'steuerliche identifikationsnummer', 'steueridentifikationsnummer', 'steuer-identifikationsnummer', 'idnr'],
  score: (candidate) => (isValidGermanTaxId(digitsOf(candidate)) ? deTaxIdBaseScore : undefined),
});
