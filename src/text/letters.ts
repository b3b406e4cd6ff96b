const letterPattern = /^\p{L}$/u;
/** 0 = not yet known, 1 = letter, 2 = not a letter; filled lazily per BMP code unit. */
const bmpLetters = new Uint8Array(0x10000);

/** Whether a UTF-16 code unit is a letter (ASCII fast path; surrogates count as not letters). */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  let known = bmpLetters[code] ?? 2;
  if (known === 0) {
    known = code >= 0xd800 && code <= 0xdfff ? 2 : letterPattern.test(String.fromCharCode(code)) ? 1 : 2;
    bmpLetters[code] = known;
  }
  return known === 1;
}
