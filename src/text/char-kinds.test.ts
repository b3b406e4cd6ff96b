import { describe, expect, it } from 'vitest';
import { charKind, foldOf, kindOf } from './char-kinds.js';

describe('kindOf', () => {
  it('keeps printable ASCII and whitespace controls, removes other controls', () => {
    expect(kindOf(0x41)).toBe(charKind.keep);
    expect(kindOf(0x0a)).toBe(charKind.keep);
    expect(kindOf(0x00)).toBe(charKind.remove);
    expect(kindOf(0x1b)).toBe(charKind.remove);
    expect(kindOf(0x85)).toBe(charKind.remove);
  });

  it('removes zero-width, bidi and other invisible characters', () => {
    for (const codePoint of [0x200b, 0x200d, 0x200f, 0x202a, 0x202e, 0x2060, 0x2064, 0x2066, 0x2069, 0xfeff, 0xad, 0x180e, 0x061c]) {
      expect(kindOf(codePoint), codePoint.toString(16)).toBe(charKind.remove);
    }
    for (const codePoint of [0x034f, 0xfe00, 0xfe0f, 0xe0100]) expect(kindOf(codePoint)).toBe(charKind.removeMark);
  });

  it('folds tag characters to ASCII', () => {
    expect(kindOf(0xe0041)).toBe(charKind.fold);
    expect(String.fromCharCode(foldOf(0xe0041))).toBe('A');
    expect(String.fromCharCode(foldOf(0xe007e))).toBe('~');
    expect(kindOf(0xe0001)).toBe(charKind.remove);
  });

  it('folds digits of other scripts to their ASCII value', () => {
    const digits: Array<[number, string]> = [[0x0663, '3'], [0x06f7, '7'], [0x0969, '3'], [0x09e6, '0'], [0x0e59, '9'], [0x1d7d9, '1']];
    for (const [codePoint, ascii] of digits) {
      const kind = kindOf(codePoint);
      if (kind === charKind.fold) expect(String.fromCharCode(foldOf(codePoint))).toBe(ascii);
      else expect(String.fromCodePoint(codePoint).normalize('NFKC')).toBe(ascii);
    }
  });

  it('folds look-alike letters and marks NFKC-changing characters', () => {
    expect(kindOf(0x0440)).toBe(charKind.fold);
    expect(String.fromCharCode(foldOf(0x0440))).toBe('p');
    expect(kindOf(0xff21)).toBe(charKind.compose);
    expect(kindOf(0xfb01)).toBe(charKind.compose);
    expect(kindOf(0x0301)).toBe(charKind.mark);
    expect(kindOf(0x1161)).toBe(charKind.mark);
    expect(kindOf(0xe9)).toBe(charKind.keep);
    expect(kindOf(0x1f600)).toBe(charKind.keep);
  });
});
