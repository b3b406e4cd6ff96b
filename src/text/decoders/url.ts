import { ViewBuilder } from '../view-builder.js';
import { isMostlyPrintable } from './byte-text.js';
import { readUtf8 } from './utf8.js';
import type { DecodedSegment, Decoder } from './types.js';

const escapePattern = /%[0-9A-Fa-f]{2}/g;
/** Characters that may appear in a URL or form value around the escapes. */
const urlCharacters = new Uint8Array(128);
for (const character of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?#[]%") {
  urlCharacters[character.charCodeAt(0)] = 1;
}
const maxReachBack = 2048;
const maxSegmentLength = 16384;

function isUrlCode(code: number): boolean {
  return code < 0x80 && urlCharacters[code] === 1;
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

function byteAt(text: string, index: number): number {
  if (text.charCodeAt(index) !== 0x25) return -1;
  const high = hexValue(text.charCodeAt(index + 1));
  const low = hexValue(text.charCodeAt(index + 2));
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

/** Whether text[start, end) holds at least two complete escapes. */
function hasTwoEscapes(text: string, start: number, end: number): boolean {
  let count = 0;
  for (let index = start; index + 3 <= end; index++) {
    if (byteAt(text, index) >= 0 && ++count === 2) return true;
  }
  return false;
}

/** Moves a segment end cut by the length limit back before an escape it would split. */
function withoutCutEscape(text: string, firstEscape: number, end: number): number {
  for (let index = end - 1; index > end - 3 && index > firstEscape; index--) {
    if (text.charCodeAt(index) === 0x25) return index;
  }
  return end;
}

/** Decodes the UTF-8 bytes collected from escapes; each character maps to its own escapes. */
function flushBytes(builder: ViewBuilder, bytes: number[], positions: number[]): boolean {
  for (let index = 0; index < bytes.length; ) {
    const decoded = readUtf8(bytes, index, bytes.length);
    if (decoded === undefined) return false;
    const start = positions[index] ?? 0;
    builder.emit(String.fromCodePoint(decoded.codePoint), start, (positions[index + decoded.size - 1] ?? start) + 3);
    index += decoded.size;
  }
  bytes.length = 0;
  positions.length = 0;
  return true;
}

/** Decodes text[start, end); undefined unless it holds 2+ escapes of valid UTF-8 and reads as text. */
export function decodeUrlSegment(text: string, start: number, end: number): DecodedSegment | undefined {
  if (!hasTwoEscapes(text, start, end)) return undefined;
  const builder = new ViewBuilder(text);
  const bytes: number[] = [];
  const positions: number[] = [];
  for (let index = start; index < end; ) {
    const byte = index + 3 <= end ? byteAt(text, index) : -1;
    if (byte >= 0) {
      bytes.push(byte);
      positions.push(index);
      index += 3;
      continue;
    }
    if (!flushBytes(builder, bytes, positions)) return undefined;
    let literalEnd = index + 1;
    while (literalEnd < end && text.charCodeAt(literalEnd) !== 0x25) literalEnd += 1;
    builder.copy(index, literalEnd);
    index = literalEnd;
  }
  if (!flushBytes(builder, bytes, positions)) return undefined;
  const result = builder.finish();
  if (result === null || !isMostlyPrintable(result.text)) return undefined;
  return { start, end, text: result.text, map: result.map };
}

/** URL-encoded segments (2+ `%XX` escapes in a run of URL characters), decoded as UTF-8. */
export const urlDecoder: Decoder = {
  id: 'url',
  decode(text, budget) {
    const segments: DecodedSegment[] = [];
    if (!text.includes('%')) return segments;
    let previousEnd = 0;
    escapePattern.lastIndex = 0;
    for (let match = escapePattern.exec(text); match !== null && budget.remaining > 0; match = escapePattern.exec(text)) {
      let start = match.index;
      const floor = Math.max(previousEnd, start - maxReachBack);
      while (start > floor && isUrlCode(text.charCodeAt(start - 1))) start -= 1;
      let end = match.index + 3;
      const limit = Math.min(text.length, start + maxSegmentLength);
      while (end < limit && isUrlCode(text.charCodeAt(end))) end += 1;
      if (end === limit) end = withoutCutEscape(text, match.index, end);
      previousEnd = end;
      escapePattern.lastIndex = end;
      const segment = decodeUrlSegment(text, start, end);
      if (segment === undefined || segment.text.length > budget.remaining) continue;
      budget.remaining -= segment.text.length;
      segments.push(segment);
    }
    return segments;
  },
};
