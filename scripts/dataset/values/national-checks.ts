import { isLuhnValid, mod11Mod10CheckDigit, weightedSum } from '../checksums.js';

/** Check-digit formulas of national identifiers, over compact digit strings. */

export function nhsCheckDigit(nineDigits: string): number | undefined {
  const remainder = weightedSum(nineDigits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === 10 ? undefined : check;
}

export function isTfnValid(digits: string): boolean {
  return digits.length === 9 && weightedSum(digits, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}

export function isBsnValid(digits: string): boolean {
  if (digits.length !== 9) return false;
  const sum = weightedSum(digits.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) - Number(digits[8]);
  return sum % 11 === 0;
}

export function isSinValid(digits: string): boolean {
  return digits.length === 9 && !/^[08]/.test(digits) && isLuhnValid(digits);
}

export function peselCheckDigit(tenDigits: string): number {
  return (10 - (weightedSum(tenDigits, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
}

export function isPeselValid(digits: string): boolean {
  return digits.length === 11 && peselCheckDigit(digits.slice(0, 10)) === Number(digits[10]);
}

/** The two CPF check digits for nine base digits. */
export function cpfCheckDigits(nineDigits: string): string {
  const first = ((weightedSum(nineDigits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  const second = ((weightedSum(`${nineDigits}${first}`, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  return `${first}${second}`;
}

export function isCpfValid(digits: string): boolean {
  return digits.length === 11 && !/^(\d)\1{10}$/.test(digits) && cpfCheckDigits(digits.slice(0, 9)) === digits.slice(9);
}

/** German tax id: first 10 digits use one digit two or three times, no leading zero, MOD 11,10 check. */
export function isGermanTaxIdValid(digits: string): boolean {
  if (digits.length !== 11 || digits[0] === '0') return false;
  const counts = new Map<string, number>();
  for (const digit of digits.slice(0, 10)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  return mod11Mod10CheckDigit(digits.slice(0, 10)) === Number(digits[10]);
}

/** Validators keyed by type, used to avoid values that are valid under two same-length schemes. */
export const sameShapeValidators: Record<string, (digits: string) => boolean> = {
  CA_SIN: isSinValid,
  AU_TFN: isTfnValid,
  NL_BSN: isBsnValid,
  PL_PESEL: isPeselValid,
  BR_CPF: isCpfValid,
  DE_TAX_ID: isGermanTaxIdValid,
};

/** True when `digits` is also valid as another type of the same length. */
export function isAmbiguous(type: string, digits: string): boolean {
  return Object.entries(sameShapeValidators).some(([other, isValid]) => other !== type && isValid(digits));
}
