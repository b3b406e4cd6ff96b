import { isOneRepeatedCharacter, weightedDigitSum } from './checksums/weighted-sum.js';
import { defineNationalId, digitsOf } from './define-national-id.js';

/** Two mod-11 check digits (about 1 in 100 by chance) on a bare 11-digit run. */
export const brCpfBaseScore = 0.6;
/** The printed 000.000.000-00 layout is itself evidence. */
export const brCpfPunctuatedScore = 0.75;

function cpfCheckDigit(digits: string, firstWeight: number): number {
  const weights = Array.from({ length: firstWeight - 1 }, (_, index) => firstWeight - index);
  const remainder = weightedDigitSum(digits, weights) % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/**
 * True when an 11-digit CPF ends in its two mod-11 check digits and is not one repeated digit.
 * @example
 * isValidCpf('52998224725'); // true
 */
export function isValidCpf(digits: string): boolean {
  if (digits.length !== 11 || isOneRepeatedCharacter(digits)) return false;
  return cpfCheckDigit(digits, 10) === digits.charCodeAt(9) - 48 && cpfCheckDigit(digits, 11) === digits.charCodeAt(10) - 48;
}

/** Brazilian individual taxpayer numbers, bare or printed as 000.000.000-00. */
export const brCpfRecognizer = defineNationalId({
  id: 'br-cpf',
  entity: 'BR_CPF',
  pattern: /\b\d{3}(\.?)\d{3}\1\d{3}-?\d{2}\b/,
  leadingDigitGroups: [3, 9, 11],
  minDigits: 11,
  context: ['cpf', 'cadastro de pessoas físicas', 'cadastro de pessoa física', 'cadastro de pessoas fisicas', 'cadastro de pessoa fisica'],
  score(candidate) {
    if (!isValidCpf(digitsOf(candidate))) return undefined;
    return candidate.length === 14 ? brCpfPunctuatedScore : brCpfBaseScore;
  },
});
