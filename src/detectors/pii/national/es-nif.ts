import { spanishControlLetter } from './checksums/mod-23-letter.js';
import { defineNationalId, digitsOf } from './define-national-id.js';

/** Eight digits then a letter that matches a mod-23 check (1 in 23 by chance). */
export const esNifBaseScore = 0.65;

/**
 * True when a DNI/NIF (8 digits + control letter, any case, separators allowed) has the right letter.
 * @example
 * isValidNif('12345678Z'); // true
 */
export function isValidNif(candidate: string): boolean {
  const digits = digitsOf(candidate);
  if (digits.length !== 8) return false;
  const letter = candidate[candidate.length - 1]!.toUpperCase();
  return spanishControlLetter(Number(digits)) === letter;
}

/** Spanish DNI/NIF of natural persons: "12345678Z", "12345678-Z" or "12.345.678-Z". */
export const esNifRecognizer = defineNationalId({
  id: 'es-nif',
  entity: 'ES_NIF',
  pattern: /\b(?:\d{8}|\d{2}\.\d{3}\.\d{3})-?[A-Za-z]\b/,
  leadingDigitGroups: [2, 8],
  minDigits: 8,
  context: ['dni', 'nif', 'documento nacional de identidad', 'identificación fiscal', 'identificacion fiscal', 'identidad'],
  score: (candidate) => (isValidNif(candidate) ? esNifBaseScore : undefined),
});
