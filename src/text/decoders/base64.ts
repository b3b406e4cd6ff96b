import { constantMap } from '../offset-map.js';
import { bytesToText, scratchBytes } from './byte-text.js';
import { asciiSet, findLongRuns } from './long-runs.js';
import type { DecodedSegment, Decoder } from './types.js';

const minLength = 16;
/** ASCII code → 6-bit value in the standard or URL-safe alphabet, -1 elsewhere. */
const sextets = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((character, value) => {
  sextets[character.charCodeAt(0)] = value;
});
sextets[0x2d] = 62; // "-" in the URL-safe alphabet
sextets[0x5f] = 63; // "_"

const alphabet = asciiSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_');

/** Decodes text[start, end) (alphabet characters only, one alphabet) to text, or undefined. */
export function decodeBase64(text: string, start: number, end: number): string | undefined {
  if ((end - start) % 4 === 1) return undefined;
  const bytes = scratchBytes(Math.ceil(((end - start) * 3) / 4));
  let length = 0;
  let bits = 0;
  let buffer = 0;
  let standard = false;
  let urlSafe = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2b || code === 0x2f) standard = true;
    else if (code === 0x2d || code === 0x5f) urlSafe = true;
    buffer = ((buffer << 6) | (sextets[code] ?? 0)) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length++] = (buffer >> bits) & 0xff;
    }
  }
  return standard && urlSafe ? undefined : bytesToText(bytes, length);
}

/** Decodes a run; when it is not text and holds a "/" (as in "example.com/aGVsbG8…"), retries after the last "/". */
function decodeRun(text: string, start: number, end: number, paddedEnd: number): DecodedSegment | undefined {
  const decoded = decodeBase64(text, start, end);
  if (decoded !== undefined) return { start, end: paddedEnd, text: decoded, map: constantMap(start, paddedEnd) };
  let slash = end - 1;
  while (slash >= start && text.charCodeAt(slash) !== 0x2f) slash -= 1;
  if (slash < start || end - slash - 1 < minLength) return undefined;
  return decodeRun(text, slash + 1, end, paddedEnd);
}

/** Base64 segments (standard or URL-safe alphabet, 16+ characters, optional "=" padding) that decode to text. */
export const base64Decoder: Decoder = {
  id: 'base64',
  decode(text, budget) {
    const segments: DecodedSegment[] = [];
    const runs = findLongRuns(text, alphabet, minLength);
    for (let run = 0; run < runs.length && budget.remaining > 0; run += 2) {
      const start = runs[run] ?? 0;
      const end = runs[run + 1] ?? 0;
      let paddedEnd = end;
      while (paddedEnd < text.length && paddedEnd - end < 2 && text.charCodeAt(paddedEnd) === 0x3d) paddedEnd += 1;
      const segment = decodeRun(text, start, end, paddedEnd);
      if (segment === undefined || segment.text.length > budget.remaining) continue;
      budget.remaining -= segment.text.length;
      segments.push(segment);
    }
    return segments;
  },
};
