import { cueWords, foldKey, lexicons } from './lexicon.js';

/**
 * Words of a text as the PERSON and LOCATION recognizers read them: one scan per word with its
 * shape and a hash of its folded key, the gap before it, title-case and identifier checks, and
 * multi-word places. The lexicons themselves are loaded in lexicon.ts.
 */

/** Shape bits `scanWord` sets on a word; `camel` is an uppercase letter right after a lowercase one. */
export const wordShape = { upperFirst: 1, hasLower: 2, camel: 4, hasDigit: 8, digitFirst: 16, nonAscii: 32 } as const;

/** A word found by `scanWord`: a run of letters, marks and digits, with inner `'` and `-`. */
export interface WordSpan {
  start: number;
  end: number;
  shape: number;
  /** `keyHash` of the word's lowercase text when it is only ASCII letters and `'`, else -1. */
  hash: number;
}

/** A cheap hash of a lexicon key, so that a scanned word can be ruled out without building its key. */
export function keyHash(key: string): number {
  let hash = 0;
  for (let index = 0; index < key.length; index++) hash = (Math.imul(hash, 31) + key.charCodeAt(index)) | 0;
  return hash;
}

/** The `keyHash` of every key in the given sets, for ruling words out before building their key. */
export function keyHashes(...sets: Iterable<string>[]): Set<number> {
  return new Set(sets.flatMap((set) => [...set].map(keyHash)));
}

/** Character classes: letters by case, marks, digits, `'` and `-` (joiners), everything else. */
const upperLetter = 1, lowerLetter = 2, otherLetter = 3, markClass = 4, digitClass = 5, joinerClass = 6, otherClass = 7;
/** Character class per UTF-16 code unit, filled lazily (0 = not yet classified). */
const charClasses = new Uint8Array(0x10000);

function classify(code: number): number {
  if (code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2011) return joinerClass;
  const char = String.fromCharCode(code);
  if (/[\p{Lu}\p{Lt}]/u.test(char)) return upperLetter;
  if (/\p{Ll}/u.test(char)) return lowerLetter;
  if (/\p{L}/u.test(char)) return otherLetter;
  if (/\p{M}/u.test(char)) return markClass;
  if (/\p{Nd}/u.test(char)) return digitClass;
  return otherClass;
}

function charClass(code: number): number {
  const known = charClasses[code]!;
  return known !== 0 ? known : (charClasses[code] = classify(code));
}

for (let code = 0; code < 128; code++) charClasses[code] = classify(code);

function startsWord(kind: number): boolean {
  return kind === upperLetter || kind === lowerLetter || kind === otherLetter || kind === digitClass;
}

function isLetterClass(kind: number): boolean {
  return kind === upperLetter || kind === lowerLetter || kind === otherLetter || kind === markClass;
}

/** A joiner continues a word between letters, except an apostrophe before a final `s` (possessive). */
function joinerContinues(text: string, index: number, previous: number): boolean {
  if (!isLetterClass(previous) || index + 1 >= text.length) return false;
  const next = text.charCodeAt(index + 1);
  if (!isLetterClass(charClass(next))) return false;
  const code = text.charCodeAt(index);
  const isApostrophe = code === 0x27 || code === 0x2019;
  if (!isApostrophe || (next !== 0x73 && next !== 0x53)) return true;
  return index + 2 < text.length && isLetterClass(charClass(text.charCodeAt(index + 2)));
}

/**
 * Finds the next word at or after `from` and writes it into `word`; false when none is left.
 * One step per code unit, no backtracking, so a scan over a whole text is linear.
 */
export function scanWord(text: string, from: number, word: WordSpan): boolean {
  let index = from;
  while (index < text.length && !startsWord(charClass(text.charCodeAt(index)))) index++;
  if (index >= text.length) return false;
  scanWordAt(text, index, word);
  return true;
}

function scanWordAt(text: string, start: number, word: WordSpan): void {
  let shape = 0;
  let previous = otherClass;
  let index = start;
  let hash = 0;
  let hashable = true;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const kind = charClass(code);
    if (code > 0x7f) shape |= wordShape.nonAscii;
    if (kind === upperLetter) shape |= index === start ? wordShape.upperFirst : previous === lowerLetter ? wordShape.camel : 0;
    else if (kind === lowerLetter) shape |= wordShape.hasLower;
    else if (kind === digitClass) shape |= index === start ? wordShape.digitFirst | wordShape.hasDigit : wordShape.hasDigit;
    else if (kind === joinerClass) {
      if (!joinerContinues(text, index, previous)) break;
    } else if (kind !== otherLetter && kind !== markClass) break;
    if (hashable && code < 0x80 && (kind === upperLetter || kind === lowerLetter || code === 0x27)) {
      hash = (Math.imul(hash, 31) + (kind === upperLetter ? code | 0x20 : code)) | 0;
    } else hashable = false;
    previous = kind;
  }
  word.start = start;
  word.end = index;
  word.shape = shape;
  word.hash = hashable ? hash : -1;
}

/**
 * Finds the next word at or after `from` that starts with an uppercase letter and writes it into
 * `word`. The loop only reads a table per code unit, so lowercase prose is skipped quickly.
 */
export function nextCapitalizedWord(text: string, from: number, word: WordSpan): boolean {
  let previousIsWord = from > 0 && charClass(text.charCodeAt(from - 1)) !== otherClass;
  for (let index = from; index < text.length; index++) {
    const kind = charClass(text.charCodeAt(index));
    if (kind === upperLetter && !previousIsWord) {
      scanWordAt(text, index, word);
      return true;
    }
    previousIsWord = kind !== otherClass;
  }
  return false;
}

/** The lexicon key of a scanned word (folding only when it has non-ASCII letters). */
export function wordKey(text: string, word: WordSpan): string {
  const lower = text.slice(word.start, word.end).toLowerCase();
  return word.shape & wordShape.nonAscii ? foldKey(lower) : lower;
}

/** Longest word, in code units, that can be part of a name or place. */
const longestNameWord = 40;
const allowedCamelPrefix = /^(?:Mc|Mac|O'|D'|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}/u;

/** A capitalized word with lowercase letters and no digits: "Maria", "O'Brien", "McDonald". */
export function isTitleWord(text: string, word: WordSpan): boolean {
  const { shape } = word;
  if ((shape & (wordShape.upperFirst | wordShape.hasLower | wordShape.hasDigit)) !== (wordShape.upperFirst | wordShape.hasLower)) return false;
  if (word.end - word.start > longestNameWord) return false;
  return (shape & wordShape.camel) === 0 || allowedCamelPrefix.test(text.slice(word.start, word.start + 6));
}

/** An all-capitals word of two or more letters and no digits: "GARCIA". */
export function isCapsWord(word: WordSpan): boolean {
  const length = word.end - word.start;
  return (word.shape & (wordShape.upperFirst | wordShape.hasLower | wordShape.hasDigit)) === wordShape.upperFirst && length >= 2 && length <= longestNameWord;
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0xa0;

/** Whether two words are joined like the parts of one name: one space, or `. ` after an abbreviation. */
export function isNameGap(text: string, end: number, nextStart: number, afterAbbreviation: boolean): boolean {
  const length = nextStart - end;
  if (length === 1) return isSpace(text.charCodeAt(end)) || (afterAbbreviation && text.charCodeAt(end) === 0x2e);
  return length === 2 && afterAbbreviation && text.charCodeAt(end) === 0x2e && isSpace(text.charCodeAt(end + 1));
}

const leadingPunctuation = new Set([' ', '\t', '"', "'", '“', '‘', '«', '(', '[', '{', '*', '-', '•', '>', '#']);
const sentenceEnds = new Set(['.', '!', '?', ':', '\n', '\r', '…']);

/** Whether `start` begins a sentence, a line or a quoted value (looking back over quotes and bullets). */
export function isSentenceStart(text: string, start: number): boolean {
  for (let index = start - 1; index >= Math.max(0, start - 8); index--) {
    const char = text[index]!;
    if (sentenceEnds.has(char)) return true;
    if (!leadingPunctuation.has(char)) return false;
  }
  return start <= 8;
}

/** Keywords after which a capitalized word is a code identifier ("class Jordan", "import Paris"). */
export const codeKeywords = cueWords('code');

const identifierBefore = new Set(['_', '.', '$', '#', '@', '/', '\\', '`', '<']);
const identifierAfter = new Set(['_', '(', '`', '$', '@', '<', '+']);

/** Whether a word is glued to code: `user.Maria`, `Maria_id`, `@Maria`, `Maria(`, `Maria.name`. */
export function isInsideIdentifier(text: string, start: number, end: number): boolean {
  if (start > 0 && identifierBefore.has(text[start - 1]!)) return true;
  const after = text[end];
  if (after === undefined) return false;
  if (identifierAfter.has(after)) return true;
  return after === '.' && end + 1 < text.length && isLetterClass(charClass(text.charCodeAt(end + 1)));
}

/** Punctuation seen between a word and the position `previousWord` looked back from. */
export const gapMark = { colon: 1, comma: 2, newline: 4, period: 8, other: 16, dash: 32 } as const;

/** The word before a position: its span, lexicon key, and the punctuation in between. */
export interface PreviousWord {
  start: number;
  end: number;
  key: string;
  gap: number;
}

function gapMarkOf(code: number): number {
  if (code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x22 || code === 0x27 || code === 0x201c || code === 0x201d) return 0;
  if (code === 0x0a || code === 0x0d) return gapMark.newline;
  if (code === 0x3a || code === 0x3d) return gapMark.colon;
  if (code === 0x2c) return gapMark.comma;
  if (code === 0x2e) return gapMark.period;
  if (code === 0x2014 || code === 0x2013) return gapMark.dash;
  return code === 0x21 ? gapMark.other : -1;
}

/**
 * Looks back from `position` over at most 6 code units of spaces, quotes and `: , . ! =` and then
 * at most 24 of word characters; returns that word or undefined. Bounded, so cheap per call.
 */
export function previousWord(text: string, position: number): PreviousWord | undefined {
  let index = position - 1;
  let gap = 0;
  for (const gapLimit = Math.max(0, position - 6); index >= gapLimit; index--) {
    const mark = gapMarkOf(text.charCodeAt(index));
    if (mark === -1) break;
    gap |= mark;
  }
  if (index < 0 || charClass(text.charCodeAt(index)) === otherClass) return undefined;
  const end = index + 1;
  const limit = Math.max(0, end - 24);
  let ascii = true;
  for (; index >= limit; index--) {
    const code = text.charCodeAt(index);
    if (charClass(code) === otherClass) break;
    if (code > 0x7f) ascii = false;
  }
  if (index === limit - 1 && limit > 0 && charClass(text.charCodeAt(index)) !== otherClass) return undefined;
  const lower = text.slice(index + 1, end).toLowerCase();
  return { start: index + 1, end, key: ascii ? lower : foldKey(lower), gap };
}

/** Lowercase words allowed inside a multi-word place: "Rio de Janeiro", "Stratford upon Avon". */
export const placeConnectors = cueWords('place-connector');

/** Abbreviations written with a period inside place names: "St. Louis", "Ft. Worth", "Mt. Vernon". */
const placeAbbreviations: ReadonlySet<string> = new Set(['st', 'ft', 'mt']);

/** The longest place at a capitalized word: where it ends, how many words, whether all in capitals. */
export interface PlaceSpan {
  end: number;
  words: number;
  caps: boolean;
}

/**
 * Finds the longest place in the lexicon starting at `first` (whose key is `firstKey`), reading
 * further words only while they can still continue some place. `scratch` is overwritten.
 */
export function findPlace(text: string, first: WordSpan, firstKey: string, scratch: WordSpan): PlaceSpan | undefined {
  if (!lexicons.placeWordCounts.has(firstKey)) return undefined;
  let key = firstKey;
  let end = first.end;
  let caps = isCapsWord(first);
  let lastKey = firstKey;
  let found: PlaceSpan | undefined = lexicons.places.has(key) ? { end, words: 1, caps } : undefined;
  for (let words = 2; lexicons.placePrefixes.has(key) && scanWord(text, end, scratch); words++) {
    if (!isNameGap(text, end, scratch.start, placeAbbreviations.has(lastKey))) break;
    const capitalized = isCapsWord(scratch) || isTitleWord(text, scratch);
    lastKey = wordKey(text, scratch);
    if (!capitalized && !placeConnectors.has(lastKey)) break;
    key = `${key} ${lastKey}`;
    end = scratch.end;
    caps &&= isCapsWord(scratch) || !capitalized;
    if (lexicons.places.has(key)) found = { end, words, caps };
  }
  return found;
}
