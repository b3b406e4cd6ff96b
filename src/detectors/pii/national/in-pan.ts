import { defineNationalId } from './define-national-id.js';

/** Five letters, four digits and a letter, with a constrained 4th letter; no public checksum. */
export const inPanBaseScore = 0.7;

/** Holder types allowed as the 4th character: company, person, HUF, firm, AOP, trust, BOI, local authority, juridical person, government. */
const holderTypes = 'ABCFGHJLPT';

/**
 * True when a PAN has the AAAPL1234C shape, a known holder type as 4th character and a serial
 * other than 0000.
 * @example
 * isValidPan('ABCPK1234Q'); // true
 */
export function isValidPan(pan: string): boolean {
  return /^[A-Z]{5}\d{4}[A-Z]$/.test(pan) && holderTypes.includes(pan[3]!) && pan.slice(5, 9) !== '0000';
}

/** Indian Permanent Account Numbers, upper case as printed on the card. */
export const inPanRecognizer = defineNationalId({
  id: 'in-pan',
  entity: 'IN_PAN',
  pattern: /\b[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]\b/,
  digitsAfterLetters: { offsets: [5], lengths: [4] },
  context: ['pan', 'permanent account number', 'income tax', 'pan card', 'पैन'],
  score: (candidate) => (isValidPan(candidate) ? inPanBaseScore : undefined),
});
