import type { Recognizer, RecognizerMatch } from '../types.js';
import { isDigitCode, isWordCode } from './characters.js';
import { digitRuns, matchesAt } from './digit-runs.js';
import { ibanLengths } from './iban-lengths.js';
import { isIbanChecksumValid } from './validators/mod97.js';

/** Country code and two check digits at the start of a token. */
const startPattern = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}/y;
const baseScore = 0.9;

function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isUpperAlphanumericCode(code: number): boolean {
  return isDigitCode(code) || isUpperCode(code);
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

/** Two before each run of two or more digits right after two capitals: where an IBAN can begin (undefined: a dense text). */
export function ibanStarts(text: string): number[] | undefined {
  const { dense, starts, ends, afterLetters } = digitRuns(text);
  if (dense) return undefined;
  const found: number[] = [];
  for (const run of afterLetters) {
    const start = starts[run]!;
    if (ends[run]! - start >= 2 && isUpperCode(text.charCodeAt(start - 1)) && isUpperCode(text.charCodeAt(start - 2))) found.push(start - 2);
  }
  return found;
}

/** Finds IBANs: a known country's exact length, groups of four optionally spaced, and mod-97 == 1. */
export function findIbans(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  let resume = 0;
  // A start inside a found IBAN is skipped; none lies inside a rejected one (it would follow a letter or digit).
  for (const { index: start } of matchesAt(startPattern, text, ibanStarts(text))) {
    if (start < resume) continue;
    const country = text.slice(start, start + 2);
    const length = ibanLengths[country];
    if (length === undefined) continue;
    const iban = readIban(text, start, length);
    if (!iban || !isIbanChecksumValid(iban.compact)) continue;
    matches.push({ start, end: iban.end, score: baseScore, message: country });
    resume = iban.end;
  }
  return matches;
}

/** International bank account numbers: per-country length and the ISO 7064 mod-97 check. */
export const ibanRecognizer: Recognizer = {
  id: 'iban',
  needsDigit: true,
  entity: 'IBAN_CODE',
  severity: 'critical',
  context: ['iban', 'account', 'bank', 'sepa', 'transfer', 'wire', 'beneficiary', 'konto', 'compte'],
  recognize: findIbans,
};
