import { isValidDate } from './calendar.js';
import { isLuhnValid } from '../validators/luhn.js';
import { defineNationalId, digitsOf } from './define-national-id.js';

/** Luhn (1 in 10) plus a real date (about 1 in 30) on a bare 10- or 12-digit run. */
export const sePersonnummerBaseScore = 0.45;
/** The printed YYMMDD-XXXX layout with a "-" or "+" is itself evidence. */
export const sePersonnummerSeparatedScore = 0.6;

/**
 * True when the date part is a real day (coordination numbers add 60 to the day); without a
 * century, 29 February is allowed in any year divisible by 4.
 */
function hasValidBirthDate(dateDigits: string): boolean {
  const year = dateDigits.length === 8 ? Number(dateDigits.slice(0, 4)) : 2000 + Number(dateDigits.slice(0, 2));
  const month = Number(dateDigits.slice(-4, -2));
  const encodedDay = Number(dateDigits.slice(-2));
  const day = encodedDay > 60 ? encodedDay - 60 : encodedDay;
  return isValidDate(year, month, day);
}

/**
 * True when a 10-digit (YYMMDDNNNC) or 12-digit (YYYYMMDDNNNC) personnummer or coordination number
 * has a real date and passes Luhn over its last ten digits.
 * @example
 * isValidPersonnummer('8507099805'); // true
 */
export function isValidPersonnummer(digits: string): boolean {
  if (digits.length !== 10 && digits.length !== 12) return false;
  if (digits.length === 12 && !digits.startsWith('19') && !digits.startsWith('20')) return false;
  return hasValidBirthDate(digits.slice(0, -4)) && isLuhnValid(digits.slice(-10));
}

/** Swedish personal identity numbers: "YYMMDD-XXXX", "YYYYMMDD-XXXX", or without the separator. */
export const sePersonnummerRecognizer = defineNationalId({
  id: 'se-personnummer',
  entity: 'SE_PERSONNUMMER',
  pattern: /\b(?:19|20)?\d{6}[-+]?\d{4}\b/,
  leadingDigitGroups: [6, 8, 10, 12],
  minDigits: 10,
  context: ['personnummer', 'personnr', 'pnr', 'samordningsnummer', 'personal identity number', 'person number'],
  documentContext: ['personnummer', 'samordningsnummer'],
  score(candidate) {
    if (!isValidPersonnummer(digitsOf(candidate))) return undefined;
    return /[-+]/.test(candidate) ? sePersonnummerSeparatedScore : sePersonnummerBaseScore;
  },
});
