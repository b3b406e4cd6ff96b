import type { Recognizer, RecognizerMatch } from '../types.js';
import { isDigitCode, isLetterCode } from './characters.js';

const maxLocalLength = 64;
const maxDomainLength = 253;
const maxLabelLength = 63;
const baseScore = 0.85;

/** Suffixes of asset and source files that look like a TLD after "@" (icon@2x.png, a@b.js). */
const fileSuffixes: ReadonlySet<string> = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'bmp', 'tif', 'tiff', 'avif', 'heic',
  'js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'css', 'scss', 'less', 'json', 'map', 'html', 'htm',
  'md', 'txt', 'yml', 'yaml', 'lock', 'woff', 'woff2', 'ttf', 'otf', 'pdf', 'py', 'rb', 'php',
]);

const nonAsciiLetterOrNumber = /[\p{L}\p{N}]/u;

function isNonAsciiWordCode(code: number): boolean {
  return code > 127 && nonAsciiLetterOrNumber.test(String.fromCharCode(code));
}

function isLocalCode(code: number): boolean {
  // letters, digits, and . _ % + - '
  return isLetterCode(code) || isDigitCode(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || code === 39 || isNonAsciiWordCode(code);
}

function isDomainCode(code: number): boolean {
  return isLetterCode(code) || isDigitCode(code) || code === 45 || code === 46 || isNonAsciiWordCode(code);
}

/** Start of the local part ending just before `at`, or -1 when there is no valid one. */
function findLocalStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < maxLocalLength && isLocalCode(text.charCodeAt(start - 1))) start--;
  if (start > 0 && at - start === maxLocalLength && isLocalCode(text.charCodeAt(start - 1))) return -1;
  while (start < at && (text.charCodeAt(start) === 46 || text.charCodeAt(start) === 39)) start++;
  if (start === at || text.charCodeAt(at - 1) === 46) return -1;
  for (let index = start + 1; index < at; index++) {
    if (text.charCodeAt(index) === 46 && text.charCodeAt(index - 1) === 46) return -1;
  }
  return start;
}

/** End of the domain starting at `from`, or -1 when it is not a dotted name with a letter TLD. */
function findDomainEnd(text: string, from: number): number {
  let end = from;
  let dots = 0;
  while (end < text.length && end - from <= maxDomainLength && isDomainCode(text.charCodeAt(end))) {
    if (text.charCodeAt(end) === 46) dots++;
    end++;
  }
  if (dots === 0 || end - from > maxDomainLength) return -1;
  if (text.charCodeAt(end) === 95) return -1;
  while (end > from && text[end - 1] === '.') end--;
  return isValidDomain(text.slice(from, end)) ? end : -1;
}

function isValidDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > maxLabelLength || label.startsWith('-') || label.endsWith('-')) return false;
  }
  const topLevel = labels[labels.length - 1]!.toLowerCase();
  if (fileSuffixes.has(topLevel)) return false;
  return topLevel.startsWith('xn--') || (topLevel.length >= 2 && /^\p{L}+$/u.test(topLevel));
}

/** How far back from "@" a URL's "scheme://" is looked for; user info longer than this is not read as one. */
const maxUserInfoLength = 256;

/**
 * True when the "@" at `at` ends the user info of a URL ("postgres://user:secret@host",
 * "https://key@host"): a "://" comes before it with no space, quote, bracket, "/", "?" or "#" between.
 */
export function isUrlUserInfo(text: string, at: number): boolean {
  const limit = Math.max(0, at - maxUserInfoLength);
  for (let index = at - 1; index >= limit; index--) {
    const char = text[index]!;
    if (char === '/') return index >= 2 && text[index - 1] === '/' && text[index - 2] === ':';
    if (char === '?' || char === '#' || char === '"' || char === "'" || char === '`' || char === '<' || char === '>' || /\s/.test(char)) return false;
  }
  return false;
}

/** Finds e-mail addresses by anchoring on each "@" and scanning a bounded local part and domain. */
export function findEmails(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    const start = at > 0 ? findLocalStart(text, at) : -1;
    const end = start === -1 ? -1 : findDomainEnd(text, at + 1);
    if (end !== -1) {
      if (!isUrlUserInfo(text, at)) matches.push({ start, end, score: baseScore });
      at = text.indexOf('@', end);
    } else {
      at = text.indexOf('@', at + 1);
    }
  }
  return matches;
}

/** E-mail addresses: a local part of at most 64 characters, "@", and a dotted domain with a letter TLD. */
export const emailRecognizer: Recognizer = {
  id: 'email',
  entity: 'EMAIL_ADDRESS',
  triggers: ['@'],
  context: ['email', 'e-mail', 'mail', 'mailto', 'contact', 'reach'],
  negativeContext: ['npm', 'yarn', 'pnpm', 'package', 'version'],
  recognize: findEmails,
};
