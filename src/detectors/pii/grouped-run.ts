import { isDigitCode, isLetterCode } from './characters.js';

/** Tokens longer than this next to a number are long codes (hashes, keys), read as a code. */
const maxTokenLength = 34;

/** A run of ASCII letters and digits, with what it is made of. */
export interface Token {
  start: number;
  end: number;
  letters: number;
  digits: number;
  upper: boolean;
}

function isAlphanumericCode(code: number): boolean {
  return isDigitCode(code) || isLetterCode(code);
}

function measureToken(text: string, start: number, end: number): Token {
  let letters = 0;
  let digits = 0;
  let upper = true;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isDigitCode(code)) digits++;
    else letters++;
    if (code >= 97 && code <= 122) upper = false;
  }
  return { start, end, letters, digits, upper };
}

/** The run of ASCII letters and digits that ends one space before `position`, if there is one. */
export function tokenBefore(text: string, position: number): Token | undefined {
  if (text.charCodeAt(position - 1) !== 32 || !isAlphanumericCode(text.charCodeAt(position - 2))) return undefined;
  const end = position - 1;
  let start = end;
  while (start > 0 && end - start <= maxTokenLength && isAlphanumericCode(text.charCodeAt(start - 1))) start--;
  return measureToken(text, start, end);
}

/** The run of ASCII letters and digits that starts one space after `position`, if there is one. */
export function tokenAfter(text: string, position: number): Token | undefined {
  if (text.charCodeAt(position) !== 32 || !isAlphanumericCode(text.charCodeAt(position + 1))) return undefined;
  const start = position + 1;
  let end = start;
  while (end < text.length && end - start <= maxTokenLength && isAlphanumericCode(text.charCodeAt(end))) end++;
  return measureToken(text, start, end);
}

/** True when a group ends a grouped run there: at a space, the end, or punctuation that ends a phrase. */
function isGroupEdge(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !'/-:.+@'.includes(char) || /\s/.test(text[index + 1] ?? ' ');
}

function isNumberGroup(token: Token | undefined): token is Token {
  return token !== undefined && token.letters === 0 && token.digits >= 2;
}

function isCode(token: Token | undefined): boolean {
  return token !== undefined && token.letters > 0 && (token.digits > 0 || token.end - token.start > maxTokenLength);
}

/**
 * True when the digits at `start` continue a space-grouped code: the group before is letters and
 * digits ("DE71 6442 …"), or four capitals after such a group ("NL23 KNAB 3174 …", a bank code).
 * @example
 * followsCodeGroup('IBAN NL23 KNAB 3174 0481 26', 15); // true
 */
export function followsCodeGroup(text: string, start: number): boolean {
  const before = tokenBefore(text, start);
  if (!before) return false;
  if (isCode(before)) return true;
  return before.digits === 0 && before.upper && before.end - before.start === 4 && isCode(tokenBefore(text, before.start));
}

/**
 * True when [start, end) is a piece of a longer space-grouped number or code: it follows a code
 * group, or a group of two or more digits sits one space before or after it.
 * @example
 * isFragmentOfGroupedRun('card 3711 719266 34313', 10, 16); // true
 */
export function isFragmentOfGroupedRun(text: string, start: number, end: number): boolean {
  if (followsCodeGroup(text, start)) return true;
  const before = tokenBefore(text, start);
  const after = tokenAfter(text, end);
  return (isNumberGroup(before) && isGroupEdge(text, before.start - 1)) || (isNumberGroup(after) && isGroupEdge(text, after.end));
}
