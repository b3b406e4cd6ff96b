import { describe, expect, it } from 'vitest';
import { bytesToText, isMostlyPrintable, scratchBytes } from './byte-text.js';

const bytes = (values: number[]): Uint8Array => Uint8Array.from(values);

describe('bytesToText', () => {
  it('accepts printable UTF-8', () => {
    const encoded = new TextEncoder().encode('héllo wörld ✓ 😀');
    expect(bytesToText(encoded, encoded.length)).toBe('héllo wörld ✓ 😀');
  });

  it('rejects invalid UTF-8 and overlong or surrogate encodings', () => {
    expect(bytesToText(bytes([0x61, 0xc3, 0x28]), 3)).toBeUndefined();
    expect(bytesToText(bytes([0xc0, 0xaf, 0x61]), 3)).toBeUndefined();
    expect(bytesToText(bytes([0xed, 0xa0, 0x80]), 3)).toBeUndefined();
    expect(bytesToText(bytes([0x61, 0xe2, 0x82]), 3)).toBeUndefined();
  });

  it('accepts up to 15% unprintable characters and rejects more', () => {
    const mostly = bytes([...Array.from({ length: 17 }, () => 0x61), 0x01, 0x02, 0x03]);
    expect(bytesToText(mostly, mostly.length)).toBe(`${'a'.repeat(17)}\u0001\u0002\u0003`);
    const tooMany = bytes([...Array.from({ length: 16 }, () => 0x61), 0x01, 0x02, 0x03, 0x04]);
    expect(bytesToText(tooMany, tooMany.length)).toBeUndefined();
  });

  it('reads only the first `length` bytes and rejects empty input', () => {
    expect(bytesToText(bytes([0x6f, 0x6b, 0xff]), 2)).toBe('ok');
    expect(bytesToText(bytes([]), 0)).toBeUndefined();
  });
});

describe('isMostlyPrintable', () => {
  it('counts C1 controls and U+FFFD as unprintable', () => {
    expect(isMostlyPrintable('plain text\n')).toBe(true);
    expect(isMostlyPrintable('ab\u0085\ufffd')).toBe(false);
    expect(isMostlyPrintable('')).toBe(false);
  });
});

describe('scratchBytes', () => {
  it('returns a buffer at least as large as asked', () => {
    expect(scratchBytes(10).length).toBeGreaterThanOrEqual(10);
    expect(scratchBytes(100_000).length).toBeGreaterThanOrEqual(100_000);
  });
});
