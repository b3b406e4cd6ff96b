import { isValidDate } from './calendar.js';
import { defineNationalId } from './define-national-id.js';

/** Sixteen characters in a fixed letter/digit layout, a month letter and a 1-in-26 check letter. */
export const itFiscalCodeBaseScore = 0.85;

/** Values of characters in odd (1st, 3rd, …) positions; digits use the value of the letter at the same index. */
const oddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** Letters that replace digits 0–9 in homocodic codes (omocodia). */
const omocodiaLetters = 'LMNPQRSTUV';
const monthLetters = 'ABCDEHLMPRST';

function characterIndex(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

/** The check letter of the first 15 characters of an upper-case codice fiscale. */
export function fiscalCodeCheckLetter(body: string): string {
  let sum = 0;
  for (let index = 0; index < 15; index++) {
    const value = characterIndex(body[index]!);
    sum += index % 2 === 0 ? oddValues[value]! : value;
  }
  return String.fromCharCode(65 + (sum % 26));
}

function decodeNumber(characters: string): number {
  let value = 0;
  for (const char of characters) {
    const omocodia = omocodiaLetters.indexOf(char);
    value = value * 10 + (omocodia === -1 ? characterIndex(char) : omocodia);
  }
  return value;
}

/**
 * True when an upper-case codice fiscale has a real birth month and day (day + 40 for women),
 * with digits possibly replaced by omocodia letters, and the right check letter.
 * @example
 * isValidFiscalCode('BNCGLI92E51F205S'); // true
 */
export function isValidFiscalCode(code: string): boolean {
  if (code.length !== 16) return false;
  const month = monthLetters.indexOf(code[8]!) + 1;
  const encodedDay = decodeNumber(code.slice(9, 11));
  const day = encodedDay > 40 ? encodedDay - 40 : encodedDay;
  const year = 2000 + decodeNumber(code.slice(6, 8));
  if (month === 0 || !isValidDate(year, month, day)) return false;
  return fiscalCodeCheckLetter(code) === code[15];
}

/** Italian codici fiscali of persons, upper or lower case, with omocodia letters handled. */
export const itFiscalCodeRecognizer = defineNationalId({
  id: 'it-fiscal-code',
  entity: 'IT_FISCAL_CODE',
  pattern: /\b[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]\b/i,
  // The year's tens digit is a digit unless all seven digits are replaced (7th level of omocodia, a
  // vanishingly rare code with no digit at all), so candidates are found at that digit.
  digitsAfterLetters: { offsets: [6], lengths: [1, 2] },
  context: ['codice fiscale', 'cod. fiscale', 'cod fisc', 'c.f.', 'cf', 'tessera sanitaria', 'fiscal code'],
  score(candidate) {
    const upper = candidate.toUpperCase();
    if (candidate !== upper && candidate !== candidate.toLowerCase()) return undefined;
    return isValidFiscalCode(upper) ? itFiscalCodeBaseScore : undefined;
  },
});
