import type { Recognizer, RecognizerMatch } from '../types.js';
import { isWordCode } from './characters.js';
import { ipv6GroupCount, isIpv4 } from './validators/ip.js';

/** Four dot-separated digit runs, not part of a longer dotted run or a word. */
const ipv4Pattern = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d)/g;
/** A colon followed by a hex digit or colon: the anchor of every IPv6 address (scanning for ":" is fast). */
const ipv6AnchorPattern = /:[0-9A-Fa-f:]/g;
const zonePattern = /%[0-9A-Za-z_.-]{1,16}/y;
const maxIpv6Length = 45;

const ipv4Score = 0.7;
const unroutableIpv4Score = 0.3;
const ipv6Score = 0.75;
const shortIpv6Score = 0.45;

function findIpv4(text: string, matches: RecognizerMatch[]): void {
  for (const found of text.matchAll(ipv4Pattern)) {
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

/** The IPv6-shaped token around the first colon at `colon`: up to 4 hex digits before it, then hex, ":" and ".". */
function ipv6TokenAt(text: string, colon: number): { start: number; end: number } | undefined {
  let start = colon;
  while (start > 0 && colon - start < 4 && isHexCode(text.charCodeAt(start - 1))) start--;
  const before = text.charCodeAt(start - 1);
  if (isWordCode(before) || before === 58 || before === 46 || before === 37) return undefined;
  let end = colon;
  while (end < text.length && end - start < maxIpv6Length && isIpv6Code(text.charCodeAt(end))) end++;
  zonePattern.lastIndex = end;
  const zone = zonePattern.exec(text);
  return { start, end: zone ? end + zone[0].length : end };
}

/** Cheap test before parsing: an IPv6 address has "::" or at least six colons (times and MACs have fewer). */
function mayBeIpv6(candidate: string): boolean {
  if (candidate.includes('::')) return true;
  let colons = 0;
  for (let index = 0; index < candidate.length; index++) if (candidate.charCodeAt(index) === 58) colons++;
  return colons >= 6;
}

function findIpv6(text: string, matches: RecognizerMatch[]): void {
  ipv6AnchorPattern.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = ipv6AnchorPattern.exec(text)) !== null) {
    const token = ipv6TokenAt(text, found.index);
    if (!token) continue;
    ipv6AnchorPattern.lastIndex = Math.max(token.end, found.index + 1);
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
