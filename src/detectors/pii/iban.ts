import type { Recognizer, RecognizerMatch } from '../types.js';
import { isDigitCode, isWordCode } from './characters.js';
import { ibanLengths } from './iban-lengths.js';
import { isIbanChecksumValid } from './validators/mod97.js';

/** Country code and two check digits at the start of a token. */
const startPattern = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}/g;
const baseScore = 0.9;

function isUpperAlphanumericCode(code: number): boolean {
  return isDigitCode(code) || (code >= 65 && code <= 90);
}

/**
 * Reads `length` characters of an IBAN from `start`, either compact or with one space before every
 * group of four, and returns its end when the IBAN ends at a token boundary.
 */
function readIban(text: string, start: number, length: number): { end: number; compact: string } | undefined {
  const grouped = text.charCodeAt(start + 4) === 32;
  let compact = '';
  let index = start;
  while (compact.length < length) {
    if (grouped && compact.length > 0 && compact.length % 4 === 0) {
      if (text.charCodeAt(index) !== 32) return undefined;
      index++;
    }
    if (!isUpperAlphanumericCode(text.charCodeAt(index))) return undefined;
    compact += text[index];
    index++;
  }
  if (isWordCode(text.charCodeAt(index))) return undefined;
  return { end: index, compact };
}

/** Finds IBANs: a known country's exact length, groups of four optionally spaced, and mod-97 == 1. */
export function findIbans(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  startPattern.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = startPattern.exec(text)) !== null) {
    const length = ibanLengths[found[0].slice(0, 2)];
    if (length === undefined) continue;
    const iban = readIban(text, found.index, length);
    if (!iban || !isIbanChecksumValid(iban.compact)) continue;
    matches.push({ start: found.index, end: iban.end, score: baseScore, message: found[0].slice(0, 2) });
    startPattern.lastIndex = iban.end;
  }
  return matches;
}

/** International bank account numbers: per-country length and the ISO 7064 mod-97 check. */
export const ibanRecognizer: Recognizer = {
  id: 'iban',
  entity: 'IBAN_CODE',
  severity: 'critical',
  context: ['iban', 'account', 'bank', 'sepa', 'transfer', 'wire', 'beneficiary', 'konto', 'compte'],
  recognize: findIbans,
};
