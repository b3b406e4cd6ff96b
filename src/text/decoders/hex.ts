import { constantMap } from '../offset-map.js';
import { bytesToText, scratchBytes } from './byte-text.js';
import { asciiSet, findLongRuns } from './long-runs.js';
import type { DecodedSegment, Decoder } from './types.js';

const minDigits = 16;
/** Every character any hex form uses; each form is a run of these at least 16 long. */
const hexFormCharacters = asciiSet('0123456789abcdefABCDEF \\:x');

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

function isHexAt(text: string, index: number): boolean {
  return hexValue(text.charCodeAt(index)) >= 0;
}

/** A hex-encoded span of the text: its digit pairs start at `firstDigit`, one every `stride` characters. */
interface HexSpan {
  start: number;
  end: number;
  firstDigit: number;
  /** 2 for a plain run, 3 for spaced pairs ("48 65"), 4 for escapes ("\x48\x65"). */
  stride: number;
}

function isEscapeAt(text: string, index: number): boolean {
  return text.charCodeAt(index) === 0x5c && text.charCodeAt(index + 1) === 0x78;
}

function isSeparatorAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x20 || code === 0x3a;
}

/** End of a run of digit pairs each after an escape ("\x48\x65…") or a separator (" 65 6c…"), from `index`. */
function pairRunEnd(text: string, index: number, escaped: boolean): number {
  const gap = escaped ? 2 : 1;
  let end = index;
  while (
    (escaped ? isEscapeAt(text, end) : isSeparatorAt(text, end)) &&
    isHexAt(text, end + gap) && isHexAt(text, end + gap + 1) && !isHexAt(text, end + gap + 2)
  ) {
    end += gap + 2;
  }
  return end;
}

/** The hex span that starts at `index` (a hex digit or a backslash), or the index to resume from. */
function spanAt(text: string, index: number): HexSpan | number {
  if (text.charCodeAt(index) === 0x5c) {
    const end = pairRunEnd(text, index, true);
    return end - index >= 4 * (minDigits / 2) ? { start: index, end, firstDigit: index + 2, stride: 4 } : index + 1;
  }
  let runEnd = index;
  while (isHexAt(text, runEnd)) runEnd += 1;
  if (runEnd - index >= minDigits) {
    const prefixed = index >= 2 && text.charCodeAt(index - 1) === 0x78 && text.charCodeAt(index - 2) === 0x30;
    return { start: prefixed ? index - 2 : index, end: runEnd, firstDigit: index, stride: 2 };
  }
  if (runEnd - index !== 2) return runEnd;
  const end = pairRunEnd(text, runEnd, false);
  return end - index >= 3 * (minDigits / 2) - 1 ? { start: index, end, firstDigit: index, stride: 3 } : runEnd;
}

/** Decodes the digit pairs of a span to text, or undefined when the bytes are not text. */
function decodeSpan(text: string, span: HexSpan): string | undefined {
  const bytes = scratchBytes(Math.ceil((span.end - span.start) / 2));
  let length = 0;
  for (let index = span.firstDigit; index + 1 < span.end; index += span.stride) {
    bytes[length++] = hexValue(text.charCodeAt(index)) * 16 + hexValue(text.charCodeAt(index + 1));
  }
  return bytesToText(bytes, length);
}

/** The hex spans inside text[start, end), a run of hex-form characters. */
function spansIn(text: string, start: number, end: number): HexSpan[] {
  const spans: HexSpan[] = [];
  for (let index = start; index < end; ) {
    const code = text.charCodeAt(index);
    if (code !== 0x5c && hexValue(code) < 0) {
      index += 1;
      continue;
    }
    const span = spanAt(text, index);
    if (typeof span === 'number') index = span;
    else {
      spans.push(span);
      index = span.end;
    }
  }
  return spans;
}

/** Hex segments that decode to text: 16+ digits (optionally "0x"-prefixed), 8+ "\x41" escapes, or 8+ spaced pairs ("48 65 6c"). */
export const hexDecoder: Decoder = {
  id: 'hex',
  decode(text, budget) {
    const segments: DecodedSegment[] = [];
    const runs = findLongRuns(text, hexFormCharacters, minDigits);
    for (let run = 0; run < runs.length && budget.remaining > 0; run += 2) {
      for (const span of spansIn(text, runs[run] ?? 0, runs[run + 1] ?? 0)) {
        const decoded = decodeSpan(text, span);
        if (decoded === undefined || decoded.length > budget.remaining) continue;
        budget.remaining -= decoded.length;
        segments.push({ start: span.start, end: span.end, text: decoded, map: constantMap(span.start, span.end) });
      }
    }
    return segments;
  },
};
