/** Whether this machine stores a Uint16Array little-endian, as Buffer's "utf16le" writes it. */
const isLittleEndian = new Uint16Array(Uint8Array.of(1, 0).buffer)[0] === 1;
let scratch = new Uint16Array(0);
let scratchBytes = Buffer.alloc(0);
/** The text whose units the scratch array holds: decoders ask for the same text in turn. */
let copiedText: string | undefined;

/**
 * The UTF-16 code units of `text` in a reused array (valid until the next call; it keeps the size
 * of the longest text seen; callers must not write to it). Scanners that read scattered positions of a long text are about twice
 * as fast on a typed array as with `charCodeAt`, and Buffer copies the units natively.
 */
export function codeUnitsOf(text: string): Uint16Array {
  if (text === copiedText) return scratch;
  if (scratch.length < text.length) {
    const capacity = Math.max(text.length, scratch.length * 2, 1024);
    scratchBytes = Buffer.alloc(capacity * 2);
    scratch = new Uint16Array(scratchBytes.buffer, scratchBytes.byteOffset, capacity);
  }
  if (isLittleEndian) scratchBytes.write(text, 0, 'utf16le');
  else for (let index = 0; index < text.length; index++) scratch[index] = text.charCodeAt(index);
  copiedText = text;
  return scratch;
}
