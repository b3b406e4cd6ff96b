import type { ContextWords } from '../../context.js';
import type { Recognizer, RecognizerMatch } from '../../types.js';
import { VouchError } from '../../../core/errors.js';
import { matchesAt } from '../digit-runs.js';
import { startsBeforeDigits, type DigitPlacement } from './letter-led-starts.js';
import { isIndexedLeadingGroup, numberStarts } from './number-starts.js';

/** Words that make a nearby number more likely an order, parcel, book or phone number than an id. */
export const numberNegativeContext: readonly string[] = [
  'order',
  'invoice',
  'tracking',
  'isbn',
  'phone',
  'tel',
  'fax',
  'mobile',
  'pedido',
  'factura',
  'rechnung',
  'bestellung',
  'facture',
  'commande',
  'fattura',
  'ordine',
];

export interface NationalIdDefinition {
  /** Recognizer id, the same as its file name. */
  id: string;
  entity: string;
  /** Candidate pattern: linear, bounded, word-boundary anchored. */
  pattern: RegExp;
  /**
   * For patterns that start with `\b` and a digit: every length the first digit group of a match
   * can have ("401 023 2137" → 3, "4010232137" → 10). The pattern is then tried only where such a
   * number starts, using one digit index shared by all recognizers, instead of a pass of its own.
   * Groups of 1–4 digits must be followed by " ", "." or "-" and a digit; 5 is not indexed.
   */
  leadingDigitGroups?: readonly number[];
  /**
   * With `leadingDigitGroups`: the fewest digits a match holds before any character other than a
   * digit, space, ".", "-", "/", "+" or a bracket (see `DigitRuns.chainDigits`), so numbers too
   * short to be one are not tried. Defaults to 0.
   */
  minDigits?: number;
  /**
   * For patterns that start with a few letters and then a digit group ("ABCPK1234Q", "X-1234567-L"):
   * every count of characters before that group, and every length the group can have. The pattern
   * is then tried only where such a group follows an ASCII letter (or a letter and one space or
   * hyphen), using the digit runs shared by all recognizers, instead of a pass of its own.
   */
  digitsAfterLetters?: DigitPlacement;
  /** Lowercase words in the country's languages that raise the score when near a match. */
  context: readonly string[];
  /**
   * Words that name the id unambiguously, for ids too weak to report alone: anywhere in the text
   * they add a smaller boost (`documentContextBoost`). Capitalized words match only as written.
   */
  documentContext?: readonly string[];
  /** Lowercase words that lower the score; defaults to `numberNegativeContext`. */
  negativeContext?: readonly string[];
  /** The base score of a candidate that passes every rule, or undefined to reject it. */
  score(candidate: string): number | undefined;
}

/** A recognizer that may also carry document-level words, which the engine's context scoring reads. */
export type NationalIdRecognizer = Recognizer & Pick<ContextWords, 'documentContext'>;

type CandidateVisitor = (start: number, candidate: string) => void;
type CandidateFinder = (text: string, visit: CandidateVisitor) => void;

/**
 * Builds a recognizer that finds candidates with one cheap pass, drops those glued to a
 * neighbouring number, and keeps those its `score` accepts.
 * @example
 * export const exampleRecognizer = defineNationalId({
 *   id: 'xx-id', entity: 'XX_ID', pattern: /\b\d{9}\b/, leadingDigitGroups: [9], context: ['id'],
 *   score: (candidate) => (isValid(candidate) ? 0.4 : undefined),
 * });
 */
export function defineNationalId(definition: NationalIdDefinition): NationalIdRecognizer {
  const unindexed = definition.leadingDigitGroups?.filter((length) => !isIndexedLeadingGroup(length)) ?? [];
  if (unindexed.length > 0) {
    throw new VouchError('VOUCH_CONFIG_INVALID', `${definition.id}: leading digit groups ${unindexed.join(', ')} are not indexed`, {
      fix: 'Use lengths 1-4 or 6-16, or leave leadingDigitGroups out to scan with the pattern itself.',
    });
  }
  const find = definition.leadingDigitGroups
    ? findAtNumberStarts(definition.pattern, definition.leadingDigitGroups, definition.minDigits ?? 0)
    : definition.digitsAfterLetters
      ? findAfterLetters(definition.pattern, definition.digitsAfterLetters)
      : findWithPattern(definition.pattern);
  return {
    id: definition.id,
    entity: definition.entity,
    // Every national id holds a digit (an omocodia codice fiscale keeps its year digit to be found).
    needsDigit: true,
    context: definition.context,
    negativeContext: definition.negativeContext ?? numberNegativeContext,
    ...(definition.documentContext ? { documentContext: definition.documentContext } : {}),
    recognize(text: string): RecognizerMatch[] {
      const matches: RecognizerMatch[] = [];
      find(text, (start, candidate) => {
        const end = start + candidate.length;
        if (isGluedToNumber(text, start, end, candidate.includes(' '))) return;
        const score = definition.score(candidate);
        if (score !== undefined) matches.push({ start, end, score });
      });
      return matches;
    },
  };
}

function withFlags(pattern: RegExp, add: string, drop: string): RegExp {
  const flags = [...new Set(pattern.flags + add)].filter((flag) => !drop.includes(flag)).join('');
  return new RegExp(pattern.source, flags);
}

function findWithPattern(source: RegExp): CandidateFinder {
  const pattern = withFlags(source, 'g', 'y');
  return (text, visit) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0].length === 0) pattern.lastIndex++;
      else visit(match.index, match[0]);
    }
  };
}

function findAtNumberStarts(source: RegExp, lengths: readonly number[], minDigits: number): CandidateFinder {
  const pattern = withFlags(source, 'y', 'g');
  return (text, visit) => {
    for (const match of matchesAt(pattern, text, numberStarts(text, lengths, minDigits))) {
      if (match[0].length > 0) visit(match.index, match[0]);
    }
  };
}

function findAfterLetters(source: RegExp, placement: DigitPlacement): CandidateFinder {
  const pattern = withFlags(source, 'y', 'g');
  return (text, visit) => {
    for (const match of matchesAt(pattern, text, startsBeforeDigits(text, placement))) visit(match.index, match[0]);
  };
}

/** The ASCII digits of a candidate, separators dropped. */
export function digitsOf(candidate: string): string {
  return candidate.replace(/[^0-9]/g, '');
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

/**
 * True when [start, end) is a piece of a longer number: right after a "+" (a phone prefix), or
 * joined to another digit by ".", "-" or "/" (decimals, dates, ranges), or by a space when the
 * candidate itself is space-grouped (a fragment of a longer grouped number such as a card), or
 * followed by ":" and a letter or digit (a bot token "123456789:AA…", a time, a port).
 */
export function isGluedToNumber(text: string, start: number, end: number, spaced: boolean): boolean {
  const before = text[start - 1];
  if (before === '+') return true;
  if (before !== undefined && isJoiner(before, spaced) && isDigitAt(text, start - 2)) return true;
  const after = text[end];
  if (after === ':' && isAlphanumericAt(text, end + 1)) return true;
  return after !== undefined && isJoiner(after, spaced) && isDigitAt(text, end + 1);
}

function isAlphanumericAt(text: string, index: number): boolean {
  return /[0-9A-Za-z]/.test(text[index] ?? '');
}

function isJoiner(char: string, spaced: boolean): boolean {
  return char === '.' || char === '-' || char === '/' || (spaced && char === ' ');
}
