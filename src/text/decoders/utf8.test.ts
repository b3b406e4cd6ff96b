import { describe, expect, it } from 'vitest';
import { readUtf8 } from './utf8.js';

describe('readUtf8', () => {
  it('reads one- to four-byte sequences', () => {
    expect(readUtf8([0x41], 0, 1)).toEqual({ codePoint: 0x41, size: 1 });
    expect(readUtf8([0xc3, 0xa9], 0, 2)).toEqual({ codePoint: 0xe9, size: 2 });
    expect(readUtf8([0xe2, 0x82, 0xac], 0, 3)).toEqual({ codePoint: 0x20ac, size: 3 });
    expect(readUtf8([0xf0, 0x9f, 0x98, 0x80], 0, 4)).toEqual({ codePoint: 0x1f600, size: 4 });
  });

  it('rejects stray continuation bytes, overlong forms, surrogates and truncation', () => {
    expect(readUtf8([0x80], 0, 1)).toBeUndefined();
    expect(readUtf8([0xe0, 0x80, 0xaf], 0, 3)).toBeUndefined();
    expect(readUtf8([0xed, 0xb0, 0x80], 0, 3)).toBeUndefined();
    expect(readUtf8([0xf4, 0x90, 0x80, 0x80], 0, 4)).toBeUndefined();
    expect(readUtf8([0xe2, 0x82, 0xac], 0, 2)).toBeUndefined();
  });
});
