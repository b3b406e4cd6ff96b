import { defineNationalId } from './define-national-id.js';

/** Two letters, six digits and an A–D suffix are a rare shape outside NINOs, but there is no checksum. */
export const ukNinoBaseScore = 0.7;

/** Prefix pairs never issued as National Insurance numbers. */
const unallocatedPrefixes = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/**
 * True when a compact, upper-case NINO (e.g. "AB123456C") follows the allocation rules: first letter
 * not D, F, I, Q, U or V; second not D, F, I, O, Q, U or V; no unallocated prefix; suffix A–D.
 * @example
 * isValidNino('AB123456C'); // true
 */
export function isValidNino(nino: string): boolean {
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(nino) && !unallocatedPrefixes.has(nino.slice(0, 2));
}

/** UK National Insurance numbers, compact ("AB123456C") or spaced ("AB 12 34 56 C"). */
export const ukNinoRecognizer = defineNationalId({
  id: 'uk-nino',
  entity: 'UK_NINO',
  pattern: /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]( ?)\d{2}\1\d{2}\1\d{2}\1[A-D]\b/,
  digitsAfterLetters: { offsets: [2, 3], lengths: [6, 2] },
  context: ['national insurance', 'nino', 'ni number', 'ni no', 'nin', 'insurance number'],
  score: (candidate) => (isValidNino(candidate.replaceAll(' ', '')) ? ukNinoBaseScore : undefined),
});
