import { chainStarts, matchesAt } from './digit-runs.js';
import { isIsbn10, isIsbn13 } from './validators/isbn.js';

/**
 * A run of digits with phone separators: optional "+" or "(" first, or an area code with a trunk
 * zero and a slash ("030/1234567"), 7–24 characters, ending on a digit, not glued to words,
 * decimals, paths, times or currency symbols.
 */
export const phoneCandidatePattern = /(?<![\w+.\-/:$€£¥#(])(?:[+(]|0\d{1,4}\/(?=\d))?\d[\d ().-]{5,22}\d(?!\w|[.\-/]\d|:\w)/g;

const stickyCandidatePattern = new RegExp(phoneCandidatePattern.source, 'y');

/** The fewest digits a phone number is written with (a country code and a subscriber number). */
export const minPhoneDigits = 7;

/**
 * The matches of `phoneCandidatePattern` a global scan finds that hold at least `minPhoneDigits`
 * digits (shorter ones may be left out): the pattern is tried only where a digit run whose chain
 * holds that many digits starts, or at the "+" or "(" right before it.
 * @example
 * findPhoneCandidates('call +44 20 7946 0958, room 12')[0]?.[0]; // '+44 20 7946 0958'
 */
export function findPhoneCandidates(text: string): RegExpExecArray[] {
  const starts = chainStarts(text, minPhoneDigits);
  for (let index = 0; starts && index < starts.length; index++) {
    const before = text.charCodeAt(starts[index]! - 1);
    if (before === 43 || before === 40) starts[index]! -= 1;
  }
  return matchesAt(stickyCandidatePattern, text, starts);
}

/** Characters that separate the digit groups of a written phone number. */
export const phoneSeparatorPattern = /[ ()./-]/;

const datePatterns = [/^\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}$/, /^\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}$/];
const dottedQuadPattern = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const ssnPattern = /^\d{3}([- ])\d{2}\1\d{4}$/;

/**
 * True for text shaped like a date, an IPv4 address, a US SSN, an ISBN, a dotted version number,
 * a dotted-and-dashed id, or a list of small numbers (more than one single-digit group, or more
 * than six groups).
 */
export function isNonPhoneShape(text: string, digits: string): boolean {
  const groups = text.split(/[ ()./-]+/).filter((group) => group.length > 0);
  if (groups.length > 6 || groups.filter((group) => group.replace(/\D/g, '').length === 1).length > 1) return true;
  if (datePatterns.some((pattern) => pattern.test(text)) || dottedQuadPattern.test(text) || ssnPattern.test(text)) return true;
  if (digits.length === 13 && isIsbn13(digits)) return true;
  if (digits.length === 10 && (text.match(/-/g)?.length ?? 0) === 3 && isIsbn10(digits)) return true;
  if (text.includes('.') && text.split('.').some((group) => group.replace(/\D/g, '').length < 2)) return true;
  // Dots and dashes together are id layouts (CPF 529.982.247-25), not phone numbers.
  if (text.includes('.') && text.includes('-')) return true;
  return false;
}

/** Windows drop at most two groups and a phone number has at most six, so longer runs are lists. */
export const maxCandidateGroups = 8;

/** Number of digit groups in a candidate (runs of digits between separators). */
export function countGroups(candidate: string): number {
  let groups = 0;
  let inGroup = false;
  for (let index = 0; index < candidate.length; index++) {
    const code = candidate.charCodeAt(index);
    const isDigit = code >= 48 && code <= 57;
    if (isDigit && !inGroup) groups++;
    inGroup = isDigit;
  }
  return groups;
}

/**
 * Sub-spans of a candidate worth trying, widest first: the whole run, then without its first
 * and/or last space-separated token, for a phone number next to another number ("room 12 …").
 * A leading "+country" token is never dropped.
 */
export function phoneWindows(candidate: string): [start: number, end: number][] {
  const tokens = [...candidate.matchAll(/\S+/g)].map((token): [number, number] => [token.index, token.index + token[0].length]);
  const windows: [number, number][] = [[0, candidate.length]];
  if (tokens.length < 2) return windows;
  const second = tokens[1]![0];
  const beforeLast = tokens[tokens.length - 2]![1];
  const keepsCountryCode = candidate.startsWith('+');
  if (!keepsCountryCode) windows.push([second, candidate.length]);
  windows.push([0, beforeLast]);
  if (tokens.length >= 3 && !keepsCountryCode) windows.push([second, beforeLast]);
  return windows;
}
