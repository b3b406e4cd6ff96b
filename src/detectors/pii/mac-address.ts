import { scanKernel } from '../../text/kernel.js';
import type { Recognizer, RecognizerMatch } from '../types.js';

/**
 * The second and third octets of a MAC between their separators, or Cisco's middle group between
 * dots: a cheap anchor that times ("12:47:09") and dates ("2026-03-14") do not reach. Spelled as
 * three alternatives rather than with a back-reference, which the regex engine scans faster.
 */
const anchorPattern = /:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}:|-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-|\.[0-9A-Fa-f]{4}\./g;
/** Six hex octets with one consistent ":" or "-" separator, or three dotted groups of four, at one position. */
const octetsPattern = /(?<![\w:.-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?!\w|[:.-][0-9A-Fa-f])/y;
const ciscoPattern = /(?<![\w:.-])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?!\w|[:.-][0-9A-Fa-f])/y;

const octetScore = 0.7;
const ciscoScore = 0.6;
const digitsOnlyCiscoScore = 0.35;
const broadcastScore = 0.4;
const zeroScore = 0.3;

function scoreMac(candidate: string): number {
  const hex = candidate.replace(/[:.-]/g, '').toLowerCase();
  if (/^0+$/.test(hex)) return zeroScore;
  if (/^f+$/.test(hex)) return broadcastScore;
  if (candidate.includes('.')) return /[a-f]/.test(hex) ? ciscoScore : digitsOnlyCiscoScore;
  return octetScore;
}

/** Finds MAC addresses (EUI-48) in colon, dash or Cisco dotted notation. */
export function findMacAddresses(text: string): RecognizerMatch[] {
  const kernel = scanKernel(text);
  return findMacAddressesFrom(text, kernel ? kernel.positions(text, kernel.exports.macAnchors) : scriptAnchors(text));
}

/** Every start of `anchorPattern` in `text`, ascending: the kernel's `macAnchors` in JavaScript. */
export function scriptAnchors(text: string): number[] {
  const anchors: number[] = [];
  anchorPattern.lastIndex = 0;
  for (let found = anchorPattern.exec(text); found !== null; found = anchorPattern.exec(text)) {
    anchors.push(found.index);
    anchorPattern.lastIndex = found.index + 1;
  }
  return anchors;
}

/** The addresses at `anchors` (ascending anchor starts); an anchor inside an address already found is skipped, as a global scan would. */
function findMacAddressesFrom(text: string, anchors: ArrayLike<number>): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  let resume = 0;
  for (let index = 0; index < anchors.length; index++) {
    const anchor = anchors[index]!;
    if (anchor < resume) continue;
    const cisco = text.charCodeAt(anchor) === 46;
    const pattern = cisco ? ciscoPattern : octetsPattern;
    pattern.lastIndex = anchor - (cisco ? 4 : 2);
    const mac = pattern.lastIndex >= 0 ? pattern.exec(text) : null;
    if (mac) {
      matches.push({ start: mac.index, end: mac.index + mac[0].length, score: scoreMac(mac[0]) });
      resume = mac.index + mac[0].length;
    } else {
      resume = anchor + 1;
    }
  }
  return matches;
}

/** MAC addresses: six octets with a consistent separator, or aaaa.bbbb.cccc; all-zero scores low. */
export const macAddressRecognizer: Recognizer = {
  id: 'mac-address',
  entity: 'MAC_ADDRESS',
  severity: 'low',
  context: ['mac', 'ether', 'hwaddr', 'bssid', 'wifi', 'wlan', 'eth0', 'interface', 'device'],
  recognize: findMacAddresses,
};
