/** Check-digit algorithms used by the dataset generator (written from the published formats). */

function digitsOf(text: string): number[] {
  return [...text].map((char) => Number(char));
}

/** The Luhn check digit that completes `payload`. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  digitsOf(payload)
    .reverse()
    .forEach((digit, index) => {
      const doubled = index % 2 === 0 ? digit * 2 : digit;
      sum += doubled > 9 ? doubled - 9 : doubled;
    });
  return (10 - (sum % 10)) % 10;
}

export function isLuhnValid(number: string): boolean {
  return number.length > 1 && luhnCheckDigit(number.slice(0, -1)) === Number(number.slice(-1));
}

const verhoeffMultiply = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const verhoeffPermute = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const verhoeffInverse = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeffState(digits: number[], offset: number): number {
  let state = 0;
  digits.reverse().forEach((digit, index) => {
    state = verhoeffMultiply[state]![verhoeffPermute[(index + offset) % 8]![digit]!]!;
  });
  return state;
}

/** The Verhoeff check digit that completes `payload` (used by Aadhaar). */
export function verhoeffCheckDigit(payload: string): number {
  return verhoeffInverse[verhoeffState(digitsOf(payload), 1)]!;
}

export function isVerhoeffValid(number: string): boolean {
  return verhoeffState(digitsOf(number), 0) === 0;
}

/** `numeric` (a long digit string) modulo 97, computed in chunks. */
export function mod97(numeric: string): number {
  let remainder = 0;
  for (let index = 0; index < numeric.length; index += 7) {
    remainder = Number(`${remainder}${numeric.slice(index, index + 7)}`) % 97;
  }
  return remainder;
}

function ibanNumeric(rearranged: string): string {
  return [...rearranged.toUpperCase()].map((char) => (/[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char)).join('');
}

/** The two IBAN check digits for a country code and BBAN (ISO 13616, mod 97-10). */
export function ibanCheckDigits(country: string, bban: string): string {
  const remainder = mod97(ibanNumeric(`${bban}${country}00`));
  return String(98 - remainder).padStart(2, '0');
}

export function isIbanValid(iban: string): boolean {
  const compact = iban.replace(/ /g, '').toUpperCase();
  return mod97(ibanNumeric(`${compact.slice(4)}${compact.slice(0, 4)}`)) === 1;
}

const oddValues: Record<string, number> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

function evenValue(char: string): number {
  return /[0-9]/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
}

/**
 * The Italian odd/even check letter: used by the codice fiscale (over its first 15 characters)
 * and by the CIN of an Italian BBAN (over ABI + CAB + account).
 */
export function italianCheckLetter(payload: string): string {
  let sum = 0;
  [...payload.toUpperCase()].forEach((char, index) => {
    sum += index % 2 === 0 ? oddValues[char]! : evenValue(char);
  });
  return String.fromCharCode(65 + (sum % 26));
}

/** Digit of a Spanish bank-account control pair over a 10-digit group. */
export function spanishAccountDigit(tenDigits: string): number {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const sum = digitsOf(tenDigits).reduce((total, digit, index) => total + digit * weights[index]!, 0);
  const digit = 11 - (sum % 11);
  return digit === 11 ? 0 : digit === 10 ? 1 : digit;
}

/** The two-digit French RIB key over bank (5), branch (5) and numeric account (11). */
export function ribKey(bank: string, branch: string, account: string): string {
  const total = 89 * Number(bank) + 15 * Number(branch) + 3 * Number(account);
  return String(97 - (total % 97)).padStart(2, '0');
}

/** Sum of digit × weight over `digits`. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  return digitsOf(digits).reduce((total, digit, index) => total + digit * (weights[index] ?? 0), 0);
}

/** ISO 7064 MOD 11,10 check digit (German tax id). */
export function mod11Mod10CheckDigit(payload: string): number {
  let product = 10;
  for (const digit of digitsOf(payload)) {
    let sum = (digit + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

/** CRC-32 (IEEE 802.3) of an ASCII string. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let index = 0; index < text.length; index += 1) {
    crc = crcTable[(crc ^ text.charCodeAt(index)) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const base62Alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `value` in base 62 (digits, upper, lower), left-padded with "0" to `width`. */
export function toBase62(value: number, width: number): string {
  let rest = value;
  let text = '';
  while (rest > 0) {
    text = base62Alphabet[rest % 62] + text;
    rest = Math.floor(rest / 62);
  }
  return text.padStart(width, '0');
}
