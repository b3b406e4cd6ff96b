import { scanKernel } from '../../text/kernel.js';
import type { Recognizer, RecognizerMatch } from '../types.js';
import { isWordCode } from './characters.js';
import { digitRuns, matchesAt } from './digit-runs.js';
import { ipv6GroupCount, isIpv4 } from './validators/ip.js';

/** Four dot-separated digit runs, not part of a longer dotted run or a word. */
const ipv4Pattern = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d)/y;
const zonePattern = /%[0-9A-Za-z_.-]{1,16}/y;
const maxIpv6Length = 45;

const ipv4Score = 0.7;
const unroutableIpv4Score = 0.3;
const ipv6Score = 0.75;
const shortIpv6Score = 0.45;

/**
 * Starts of four digit runs of 1–3 digits each joined to the next by one ".": the only places an
 * IPv4 address can begin (undefined: a dense text).
 * @example
 * ipv4Starts('ip 10.0.4.17 v1.2.3.4.5 1234.5.6.7'); // [3, 14, 16]
 */
export function ipv4Starts(text: string): number[] | undefined {
  const { dense, count, starts, ends, joiner } = digitRuns(text);
  if (dense) return undefined;
  const found: number[] = [];
  // Runs `run` to `run + 3` are short and the first three are joined by dots; `dotted` counts the
  // short dot-joined runs ending at the current one.
  let dotted = 0;
  for (let run = 0; run < count; run++) {
    const short = ends[run]! - starts[run]! <= 3;
    if (short && dotted >= 3) found.push(starts[run - 3]!);
    dotted = short && joiner[run] === 46 ? dotted + 1 : 0;
  }
  return found;
}

function findIpv4(text: string, matches: RecognizerMatch[]): void {
  for (const found of matchesAt(ipv4Pattern, text, ipv4Starts(text))) {
    if (!isIpv4(found[0])) continue;
    const unroutable = found[0] === '0.0.0.0' || found[0] === '255.255.255.255';
    matches.push({ start: found.index, end: found.index + found[0].length, score: unroutable ? unroutableIpv4Score : ipv4Score });
  }
}

/** Strips sentence punctuation that the candidate run swallowed: a final "." or a lone final ":". */
function trimIpv6(candidate: string): string {
  let trimmed = candidate;
  while (trimmed.endsWith('.') || (trimmed.endsWith(':') && !trimmed.endsWith('::'))) trimmed = trimmed.slice(0, -1);
  return trimmed;
}

function isHexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function isIpv6Code(code: number): boolean {
  return isHexCode(code) || code === 58 || code === 46;
}

/** Start of the IPv6-shaped token whose first colon is `colon` (up to 4 hex digits before it), or -1 when it is glued to a word, ":", "." or "%". */
function ipv6TokenStart(text: string, colon: number): number {
  let start = colon;
  while (start > 0 && colon - start < 4 && isHexCode(text.charCodeAt(start - 1))) start--;
  const before = text.charCodeAt(start - 1);
  return isWordCode(before) || before === 58 || before === 46 || before === 37 ? -1 : start;
}

/** The IPv6-shaped token from `start` through the colon at `colon`: hex, ":" and ".", then any "%zone". */
function ipv6TokenAt(text: string, start: number, colon: number): { start: number; end: number } {
  let end = colon;
  while (end < text.length && end - start < maxIpv6Length && isIpv6Code(text.charCodeAt(end))) end++;
  zonePattern.lastIndex = end;
  const zone = zonePattern.exec(text);
  return { start, end: zone ? end + zone[0].length : end };
}

/**
 * True when the colons from `colon` on, each after at most four hex digits, reach "::" or a sixth
 * colon: what the first colon of every IPv6 address is followed by (an IPv4 tail or a zone comes
 * only later). Times ("09:12:44") and "key":value pairs fail within a few characters.
 * @example
 * startsIpv6Colons('fe80::1', 4); // true
 * startsIpv6Colons('09:12:44.120', 2); // false
 */
export function startsIpv6Colons(text: string, colon: number): boolean {
  let colons = 1;
  let at = colon;
  while (colons < 6) {
    let next = at + 1;
    while (next - at <= 5 && isHexCode(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) !== 58 || next - at > 5) return false;
    if (next === at + 1) return true;
    colons++;
    at = next;
  }
  return true;
}

/** True for ":" followed by a hex digit or another ":": where every IPv6 address's first colon is. */
function isIpv6Anchor(text: string, colon: number): boolean {
  const next = text.charCodeAt(colon + 1);
  return next === 58 || isHexCode(next);
}

/** Cheap test before parsing: an IPv6 address has "::" or at least six colons (times and MACs have fewer). */
function mayBeIpv6(candidate: string): boolean {
  if (candidate.includes('::')) return true;
  let colons = 0;
  for (let index = 0; index < candidate.length; index++) if (candidate.charCodeAt(index) === 58) colons++;
  return colons >= 6;
}

/**
 * The colons an IPv6 address can begin at, ascending: followed by a hex digit or ":", and starting
 * a chain of colons that reaches "::" or a sixth colon. The kernel's `ipv6Colons` in JavaScript.
 */
export function ipv6AnchorColons(text: string): number[] {
  const colons: number[] = [];
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    if (isIpv6Anchor(text, colon) && startsIpv6Colons(text, colon)) colons.push(colon);
  }
  return colons;
}

function findIpv6(text: string, matches: RecognizerMatch[]): void {
  const kernel = scanKernel(text);
  const anchors = kernel ? kernel.positions(text, kernel.exports.ipv6Colons) : ipv6AnchorColons(text);
  // Each anchor after the end of the previous token; skipping a token that cannot hold an address
  // skips no other: every colon inside a token is next to a token character, so none of them can
  // start a token of its own.
  let searchFrom = 0;
  for (let index = 0; index < anchors.length; index++) {
    const colon = anchors[index]!;
    if (colon < searchFrom) continue;
    searchFrom = colon + 2;
    const start = ipv6TokenStart(text, colon);
    if (start === -1) continue;
    const token = ipv6TokenAt(text, start, colon);
    searchFrom = Math.max(token.end, colon + 1);
    const raw = text.slice(token.start, token.end);
    const candidate = trimIpv6(raw);
    if (candidate.length === raw.length && isWordCode(text.charCodeAt(token.end))) continue;
    if (!mayBeIpv6(candidate)) continue;
    const groups = ipv6GroupCount(candidate);
    if (groups < 0 || candidate === '::') continue;
    const distinctive = groups >= 3 || candidate.includes('%');
    matches.push({ start: token.start, end: token.start + candidate.length, score: distinctive ? ipv6Score : shortIpv6Score });
  }
}

/** Finds IPv4 and IPv6 addresses, validated octet by octet and group by group. */
export function findIpAddresses(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  if (text.includes('.')) findIpv4(text, matches);
  if (text.includes(':')) findIpv6(text, matches);
  return matches.sort((a, b) => a.start - b.start);
}

/** IP addresses: IPv4 octets 0–255 without leading zeros; IPv6 full, compressed, IPv4-tailed or zoned. */
export const ipAddressRecognizer: Recognizer = {
  id: 'ip-address',
  entity: 'IP_ADDRESS',
  severity: 'medium',
  context: ['ip', 'ipv4', 'ipv6', 'addr', 'address', 'client', 'remote', 'src', 'dst', 'peer'],
  negativeContext: ['version', 'ver', 'v', 'release', 'firmware', 'section', 'chapter', 'oid'],
  recognize: findIpAddresses,
};
