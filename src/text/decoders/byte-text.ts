import { readUtf8 } from './utf8.js';

/** Share of code units that must be printable for a decoded segment to count as text. */
export const minPrintableRatio = 0.85;

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
let scratch = new Uint8Array(4096);

/** A reusable byte buffer of at least `size` bytes for decoders (valid until the next call). */
export function scratchBytes(size: number): Uint8Array {
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, scratch.length * 2));
  return scratch;
}

function isUnprintable(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint !== 0x09 && codePoint !== 0x0a && codePoint !== 0x0d;
  return (codePoint >= 0x7f && codePoint <= 0x9f) || codePoint === 0xfffd;
}

/** Whether at least 85% of the code units of a non-empty `text` are printable. */
export function isMostlyPrintable(text: string): boolean {
  if (text.length === 0) return false;
  const allowed = text.length * (1 - minPrintableRatio);
  let unprintable = 0;
  for (let index = 0; index < text.length; index++) {
    if (isUnprintable(text.charCodeAt(index)) && ++unprintable > allowed) return false;
  }
  return true;
}

/**
 * bytes[0, length) as text when they are valid UTF-8 and at least 85% printable, else undefined.
 * Stops at the first invalid sequence, so binary is rejected after a few bytes.
 */
export function bytesToText(bytes: Uint8Array, length: number): string | undefined {
  const allowed = length * (1 - minPrintableRatio);
  let units = 0;
  let unprintable = 0;
  for (let index = 0; index < length; ) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) {
      units += 1;
      if (isUnprintable(byte) && ++unprintable > allowed) return undefined;
      index += 1;
      continue;
    }
    const decoded = readUtf8(bytes, index, length);
    if (decoded === undefined) return undefined;
    units += decoded.codePoint > 0xffff ? 2 : 1;
    if (isUnprintable(decoded.codePoint) && ++unprintable > allowed) return undefined;
    index += decoded.size;
  }
  if (units === 0 || unprintable > units * (1 - minPrintableRatio)) return undefined;
  return utf8.decode(bytes.subarray(0, length));
}
