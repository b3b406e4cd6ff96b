import { spanishControlLetter } from './checksums/mod-23-letter.js';
import { defineNationalId, digitsOf } from './define-national-id.js';

/** An X/Y/Z prefix, seven digits and a mod-23 control letter: a rich shape with a check. */
export const esNieBaseScore = 0.8;

const prefixValues: Record<string, string> = { X: '0', Y: '1', Z: '2' };

/**
 * True when a NIE (X/Y/Z + 7 digits + letter, any case, hyphens allowed) has the right letter; the
 * prefix counts as 0, 1 or 2 in front of the digits.
 * @example
 * isValidNie('X1234567L'); // true
 */
export function isValidNie(candidate: string): boolean {
  const prefix = prefixValues[candidate[0]!.toUpperCase()];
  const digits = digitsOf(candidate);
  if (prefix === undefined || digits.length !== 7) return false;
  const letter = candidate[candidate.length - 1]!.toUpperCase();
  return spanishControlLetter(Number(prefix + digits)) === letter;
}

/** Spanish foreigner identity numbers: "X1234567L", "Y-7654321-G". */
export const esNieRecognizer = defineNationalId({
  id: 'es-nie',
  entity: 'ES_NIE',
  pattern: /\b[XYZxyz]-?\d{7}-?[A-Za-z]\b/,
  digitsAfterLetters: { offsets: [1, 2], lengths: [7] },
  context: ['nie', 'identidad de extranjero', 'extranjero', 'extranjería', 'extranjeria', 'nif'],
  score: (candidate) => (isValidNie(candidate) ? esNieBaseScore : undefined),
});
