import { scanKernel } from '../../text/kernel.js';
import type { Recognizer, RecognizerMatch } from '../types.js';
import { isIpv4, isIpv6 } from './validators/ip.js';

/** A scheme or "www." at the start of a token (not after "@", a word, a dot or a slash). */
const startPattern = /(?<![\w@./-])(?:(?:https?|ftp):\/\/|www\.)/iy;
/** "://" or "www." in any case: every start holds one, after its scheme or at its beginning (a cheaper scan). */
const anchorPattern = /:\/\/|www\./gi;
/** How far before "://" a scheme starts: "https", "http", "ftp". */
const schemeLengths = [5, 4, 3];
const maxUrlLength = 2048;
const maxAuthorityLength = 320;
const maxHostLength = 253;
const schemeScore = 0.8;
const wwwScore = 0.7;

const stopCharacters = new Set([...' \t\r\n\f\v<>"`{}|\\^']);
const trailingPunctuation = new Set([...'.,;:!?\'"*']);
const nonAsciiWord = /[\p{L}\p{N}\p{M}]/u;
const hostnamePattern = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

function isUrlCharacter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 32 || code === 127) return false;
  if (code > 127) return nonAsciiWord.test(char);
  return !stopCharacters.has(char);
}

/** Characters of userinfo, host and port (no brackets of prose, no slash). */
function isAuthorityCharacter(char: string): boolean {
  return /[\w.\-:@[\]%~+!$&'*,;=]/.test(char) || (char.charCodeAt(0) > 127 && nonAsciiWord.test(char));
}

function count(text: string, char: string): number {
  let total = 0;
  for (const each of text) if (each === char) total++;
  return total;
}

/** Drops sentence punctuation and closing brackets that have no opening partner inside the URL. */
function trimTrailing(url: string): string {
  let trimmed = url;
  for (;;) {
    const last = trimmed[trimmed.length - 1] ?? '';
    if (trailingPunctuation.has(last)) trimmed = trimmed.slice(0, -1);
    else if (last === ')' && count(trimmed, ')') > count(trimmed, '(')) trimmed = trimmed.slice(0, -1);
    else if (last === ']' && count(trimmed, ']') > count(trimmed, '[')) trimmed = trimmed.slice(0, -1);
    else return trimmed;
  }
}

/** True when an authority (userinfo@host:port, or host:port after "www.") names a real host. */
function hasValidHost(authority: string, isWww: boolean): boolean {
  const host = isWww ? authority : authority.slice(authority.lastIndexOf('@') + 1);
  if (host.startsWith('[')) return !isWww && /^\[[0-9A-Fa-f:.]+(?:%\w{1,16})?\](?::\d{1,5})?$/.test(host) && isIpv6(host.slice(1, host.indexOf(']')));
  const name = host.replace(/:\d{1,5}$/, '');
  if (name.length > maxHostLength) return false;
  if (isWww) return hostnamePattern.test(name.slice(4));
  return name.toLowerCase() === 'localhost' || isIpv4(name) || hostnamePattern.test(name);
}

function scanWhile(text: string, from: number, limit: number, accept: (char: string) => boolean): number {
  let end = from;
  while (end < text.length && end - from < limit && accept(text[end]!)) end++;
  return end;
}

/**
 * End of the URL whose authority starts at `from`, or -1. The short authority is checked before
 * the path is read, so a rejected candidate costs at most `maxAuthorityLength` characters.
 */
function findUrlEnd(text: string, start: number, from: number, isWww: boolean): number {
  const authorityStart = isWww ? start : from;
  const authorityEnd = scanWhile(text, from, maxAuthorityLength, isAuthorityCharacter);
  const next = text[authorityEnd];
  if (next !== '/' && next !== '?' && next !== '#') {
    const authority = trimTrailing(text.slice(authorityStart, authorityEnd));
    return hasValidHost(authority, isWww) ? authorityStart + authority.length : -1;
  }
  if (!hasValidHost(text.slice(authorityStart, authorityEnd), isWww)) return -1;
  const end = scanWhile(text, authorityEnd, maxUrlLength - (authorityEnd - start), isUrlCharacter);
  return start + trimTrailing(text.slice(start, end)).length;
}

/**
 * The starts a global scan of `startPattern` finds, ascending: found from the anchors, each tried
 * where its scheme would begin, skipping those inside the previous start.
 */
function findStarts(text: string): RegExpExecArray[] {
  const kernel = scanKernel(text);
  const anchors = kernel ? kernel.positions(text, kernel.exports.urlAnchors) : urlAnchorsInScript(text);
  const starts: RegExpExecArray[] = [];
  let resume = 0;
  for (let index = 0; index < anchors.length; index++) {
    const anchor = anchors[index]!;
    for (const position of text.charCodeAt(anchor) === 58 ? schemeLengths.map((length) => anchor - length) : [anchor]) {
      if (position < resume) continue;
      startPattern.lastIndex = position;
      const found = startPattern.exec(text);
      if (found === null) continue;
      starts.push(found);
      resume = position + found[0].length;
      break;
    }
  }
  return starts;
}

/** Every start of "://" or "www." (any case), ascending: the scan kernel's `urlAnchors` in JavaScript. */
export function urlAnchorsInScript(text: string): number[] {
  const anchors: number[] = [];
  anchorPattern.lastIndex = 0;
  for (let anchor = anchorPattern.exec(text); anchor !== null; anchor = anchorPattern.exec(text)) anchors.push(anchor.index);
  return anchors;
}

/** Finds http(s)/ftp URLs and "www." hosts, bounded in length, with trailing punctuation trimmed. */
export function findUrls(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  let resume = 0;
  for (const found of findStarts(text)) {
    if (found.index < resume) continue;
    const isWww = found[0].length === 4;
    const end = findUrlEnd(text, found.index, found.index + found[0].length, isWww);
    if (end === -1) continue;
    matches.push({ start: found.index, end, score: isWww ? wwwScore : schemeScore });
    resume = end;
  }
  return matches;
}

/** URLs with an http, https or ftp scheme, or starting with "www.". */
export const urlRecognizer: Recognizer = {
  id: 'url',
  entity: 'URL',
  severity: 'low',
  triggers: ['://', 'www.', 'WWW.', 'Www.'],
  context: ['url', 'link', 'website', 'site', 'href', 'visit'],
  recognize: findUrls,
};
