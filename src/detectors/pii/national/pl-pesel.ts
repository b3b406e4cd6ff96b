import { isValidDate } from './calendar.js';
import { weightedDigitSum } from './checksums/weighted-sum.js';
import { defineNationalId } from './define-national-id.js';

/** One check digit (1 in 10) plus a real birth date (about 1 in 5): about 1 in 55 random runs pass, so a bare one reports (see README). */
export const plPeselBaseScore = 0.55;
/**
 * A valid PESEL whose first eight digits also read as a recent YYYYMMDD date ("20240315…", as in
 * date-stamped order and batch numbers; real PESELs of people born in 1919–20 or 2019–20) stays
 * below 0.5 unless a word names it.
 */
export const plPeselDateLikeScore = 0.45;

const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** Month offsets by century: 1800s +80, 1900s +0, 2000s +20, 2100s +40, 2200s +60. */
function birthYearAndMonth(yearInCentury: number, encodedMonth: number): [number, number] {
  const centuryIndex = Math.floor(encodedMonth / 20);
  const century = [1900, 2000, 2100, 2200, 1800][centuryIndex] ?? 0;
  return [century + yearInCentury, encodedMonth % 20];
}

/**
 * True when an 11-digit PESEL encodes a real birth date (with its century offset in the month)
 * and ends in its 1-3-7-9 weighted check digit.
 * @example
 * isValidPesel('85123100013'); // true
 */
export function isValidPesel(digits: string): boolean {
  if (digits.length !== 11) return false;
  const [year, month] = birthYearAndMonth(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)));
  if (!isValidDate(year, month, Number(digits.slice(4, 6)))) return false;
  const check = (10 - (weightedDigitSum(digits, weights) % 10)) % 10;
  return check === digits.charCodeAt(10) - 48;
}

/** True when the first eight digits are a YYYYMMDD date from 1990 to 2039. */
export function readsAsCompactDate(digits: string): boolean {
  const year = Number(digits.slice(0, 4));
  return year >= 1990 && year <= 2039 && isValidDate(year, Number(digits.slice(4, 6)), Number(digits.slice(6, 8)));
}

/** Polish PESEL numbers: 11 digits, written without separators. */
export const plPeselRecognizer = defineNationalId({
  id: 'pl-pesel',
  entity: 'PL_PESEL',
  pattern: /\b\d{11}\b/,
  leadingDigitGroups: [11],
  minDigits: 11,
  context: ['pesel', 'numer pesel', 'nr pesel'],
  documentContext: ['pesel'],
  score: (candidate) => (isValidPesel(candidate) ? (readsAsCompactDate(candidate) ? plPeselDateLikeScore : plPeselBaseScore) : undefined),
});
