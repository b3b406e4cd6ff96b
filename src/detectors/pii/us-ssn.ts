import { nearCue, type ContextWords } from '../context.js';
import type { Recognizer, RecognizerMatch } from '../types.js';
import { isOneRepeatedCharacter } from './characters.js';
import { chainStarts, matchesAt } from './digit-runs.js';

/** AAA-GG-SSSS with one consistent separator (dash, space or none), not glued to other digits or words. */
const candidatePattern = /(?<![\w-]|\d )(\d{3})([- ]?)(\d{2})\2(\d{4})(?!\w|-\d)/y;
const ssnDigits = 9;

/** Numbers the SSA voided after they were printed in advertisements, and the textbook example. */
const advertisedNumbers: ReadonlySet<string> = new Set(['078051120', '219099999', '123456789']);

const ssnContext = ['ssn', 'ssns', 'social security', 'social security number', 'ss#', 'ssa', 'taxpayer', 'tin'];
/**
 * The AAA-GG-SSSS layout is the evidence (about 9 random 9-digit runs in 10 pass the SSA ranges):
 * dashed or spaced it reports alone, a phone word nearby pulls it below 0.5; nine bare digits
 * need an SSN word.
 */
const scoreBySeparator: Readonly<Record<string, number>> = { '-': 0.6, ' ': 0.55, '': 0.4 };

/** True when area, group and serial are in the ranges the SSA assigns. */
export function isPlausibleSsn(area: string, group: string, serial: string): boolean {
  const areaNumber = Number(area);
  if (areaNumber === 0 || areaNumber === 666 || areaNumber >= 900) return false;
  if (group === '00' || serial === '0000') return false;
  const digits = `${area}${group}${serial}`;
  return !advertisedNumbers.has(digits) && !isOneRepeatedCharacter(digits);
}

/** Finds US social security numbers; nine bare digits only when an SSN word is near. */
export function findUsSsns(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  for (const found of matchesAt(candidatePattern, text, chainStarts(text, ssnDigits))) {
    const [whole, area, separator, group, serial] = found as unknown as [string, string, string, string, string];
    if (!isPlausibleSsn(area, group, serial)) continue;
    const span = { start: found.index, end: found.index + whole.length, score: scoreBySeparator[separator] ?? 0.4 };
    if (separator === '' && nearCue(text, span, { context: ssnContext }) !== 'positive') continue;
    matches.push(span);
  }
  return matches;
}

/** US social security numbers: SSA range rules, advertised numbers rejected, context needed when unseparated. */
export const usSsnRecognizer: Recognizer & Pick<ContextWords, 'documentContext'> = {
  id: 'us-ssn',
  needsDigit: true,
  entity: 'US_SSN',
  severity: 'critical',
  context: ssnContext,
  documentContext: ['ssn', 'social security'],
  negativeContext: ['phone', 'tel', 'fax', 'call', 'mobile', 'cell', 'whatsapp', 'order', 'invoice', 'zip', 'isbn', 'routing', 'part'],
  recognize: findUsSsns,
};
