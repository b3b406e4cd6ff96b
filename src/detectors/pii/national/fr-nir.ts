import { defineNationalId } from './define-national-id.js';

/** A two-digit key (1 in 97) over a 13-digit body with sex, month and department rules. */
export const frNirBaseScore = 0.65;

/** Birth months: 01–12, or the pseudo-months INSEE gives when the month is unknown (20, 30–42, 50–99). */
function isNirMonth(month: number): boolean {
  return (month >= 1 && month <= 12) || month === 20 || (month >= 30 && month <= 42) || month >= 50;
}

/** The key of a 13-character NIR body: 97 − (body mod 97), with Corsica's 2A read as 19 and 2B as 18. */
export function nirKey(body: string): number {
  const numeric = body.slice(0, 5) + body.slice(5, 7).replace('2A', '19').replace('2B', '18') + body.slice(7);
  return 97 - (Number(numeric) % 97);
}

/**
 * True when a compact, upper-case NIR (15 characters) has a known sex digit, a valid month, a
 * department other than 00 (2A/2B for Corsica) and the right key.
 * @example
 * isValidNir('185057800608491'); // true
 */
export function isValidNir(nir: string): boolean {
  if (!/^[1-478]\d{4}(?:\d{2}|2[AB])\d{8}$/.test(nir)) return false;
  if (!isNirMonth(Number(nir.slice(3, 5))) || nir.slice(5, 7) === '00') return false;
  return nirKey(nir.slice(0, 13)) === Number(nir.slice(13));
}

/** French social security numbers (NIR / numéro INSEE), compact or grouped 1-2-2-2-3-3-2. */
export const frNirRecognizer = defineNationalId({
  id: 'fr-nir',
  entity: 'FR_NIR',
  pattern: /\b[1-478]( ?)\d{2}\1\d{2}\1(?:\d{2}|2[ABab])\1\d{3}\1\d{3}\1\d{2}\b/,
  leadingDigitGroups: [1, 6, 15],
  minDigits: 6,
  context: ['nir', 'insee', 'sécurité sociale', 'securite sociale', 'sécu', 'secu', 'carte vitale', 'vitale', 'nss'],
  score: (candidate) => (isValidNir(candidate.replaceAll(' ', '').toUpperCase()) ? frNirBaseScore : undefined),
});
