import { confusableToLatin } from './confusables.js';

/** What the normalized view does with one code point. */
export const charKind = {
  /** Copied as is. */
  keep: 1,
  /** Dropped (zero-width, bidi control, other invisible or control characters). */
  remove: 2,
  /** Replaced by one ASCII character (`foldOf`): confusables, other-script digits, tag characters. */
  fold: 3,
  /** Changed by NFKC on its own (fullwidth, ligatures, mathematical letters). */
  compose: 4,
  /** A combining mark (or Hangul vowel/final jamo) that NFKC may merge into the preceding character. */
  mark: 5,
  /** A combining character that is also dropped (variation selectors, grapheme joiner). */
  removeMark: 6,
} as const;

const bmpKinds = new Uint8Array(0x10000);
const bmpFolds = new Uint8Array(0x10000);
const astralKinds = new Map<number, number>();
const markPattern = /^\p{M}$/u;
const digitPattern = /^\p{Nd}$/u;

function isRemovedMark(codePoint: number): boolean {
  return codePoint === 0x034f || (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef);
}

function isRemoved(codePoint: number): boolean {
  if (codePoint < 0xa0) return codePoint <= 0x08 || (codePoint >= 0x0e && codePoint <= 0x1f) || codePoint >= 0x7f;
  return (
    codePoint === 0xad || codePoint === 0x061c || codePoint === 0x180e || codePoint === 0xfeff ||
    (codePoint >= 0x200b && codePoint <= 0x200f) || (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) || (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0xe0001 || codePoint === 0xe007f
  );
}

/** Value 0-9 of a decimal digit: digits come in runs of whole sets of ten, 0 first. */
function digitValue(codePoint: number): number {
  let runStart = codePoint;
  while (codePoint - runStart < 64 && digitPattern.test(String.fromCodePoint(runStart - 1))) runStart -= 1;
  return (codePoint - runStart) % 10;
}

/** Returns kind + 256 × fold code. */
function classify(codePoint: number): number {
  if (isRemovedMark(codePoint)) return charKind.removeMark;
  if (isRemoved(codePoint)) return charKind.remove;
  if (codePoint >= 0xe0020 && codePoint <= 0xe007e) return charKind.fold + 256 * (codePoint - 0xe0000);
  const confusable = confusableToLatin.get(codePoint);
  if (confusable !== undefined) return charKind.fold + 256 * confusable.charCodeAt(0);
  if ((codePoint >= 0x1160 && codePoint <= 0x11ff) || (codePoint >= 0xd7b0 && codePoint <= 0xd7ff)) return charKind.mark;
  if ((codePoint >= 0x1100 && codePoint <= 0x115f) || (codePoint >= 0xa960 && codePoint <= 0xa97f)) return charKind.compose;
  const character = String.fromCodePoint(codePoint);
  if (markPattern.test(character)) return charKind.mark;
  if (character.normalize('NFKC') !== character) return charKind.compose;
  if (codePoint >= 0x80 && digitPattern.test(character)) return charKind.fold + 256 * (0x30 + digitValue(codePoint));
  return charKind.keep;
}

function lookup(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = bmpKinds[codePoint] ?? 0;
    if (known !== 0) return known;
    const packed = classify(codePoint);
    bmpKinds[codePoint] = packed & 0xff;
    bmpFolds[codePoint] = packed >> 8;
    return packed & 0xff;
  }
  let packed = astralKinds.get(codePoint);
  if (packed === undefined) {
    packed = classify(codePoint);
    astralKinds.set(codePoint, packed);
  }
  return packed & 0xff;
}

/** The `charKind` of a code point (lone surrogates are the caller's business). */
export function kindOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = bmpKinds[codePoint] ?? 0;
    if (known !== 0) return known;
  }
  return lookup(codePoint);
}

/** The ASCII code a `fold` code point becomes. */
export function foldOf(codePoint: number): number {
  kindOf(codePoint);
  if (codePoint < 0x10000) return bmpFolds[codePoint] ?? 0;
  return (astralKinds.get(codePoint) ?? 0) >> 8;
}
