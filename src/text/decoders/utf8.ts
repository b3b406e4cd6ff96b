/**
 * The code point of the UTF-8 sequence at `bytes[index]` (reading no further than `length`) and
 * its byte length, or undefined for an invalid, overlong, surrogate or truncated sequence.
 */
export function readUtf8(bytes: ArrayLike<number>, index: number, length: number): { codePoint: number; size: number } | undefined {
  const lead = bytes[index] ?? 0;
  if (lead < 0x80) return { codePoint: lead, size: 1 };
  const size = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (size === 0 || index + size > length) return undefined;
  let codePoint = lead & (0xff >> (size + 1));
  for (let offset = 1; offset < size; offset++) {
    const byte = bytes[index + offset] ?? 0;
    if ((byte & 0xc0) !== 0x80) return undefined;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  const smallest = size === 2 ? 0x80 : size === 3 ? 0x800 : 0x10000;
  if (codePoint < smallest || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return undefined;
  return { codePoint, size };
}
