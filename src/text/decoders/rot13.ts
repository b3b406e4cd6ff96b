import { shiftedMap } from '../offset-map.js';
import { codeUnitsOf } from './code-units.js';
import { commonEnglishWords, letterLogFrequency } from './english-words.js';
import type { DecodedSegment, Decoder } from './types.js';
import { WordAutomaton } from './word-automaton.js';

/** Per ASCII code: how much more English the letter's ROT13 is than the letter (log-frequency). */
const rot13Gain = new Float64Array(128);
for (let letter = 0; letter < 26; letter++) {
  const gain = (letterLogFrequency[(letter + 13) % 26] ?? 0) - (letterLogFrequency[letter] ?? 0);
  rot13Gain[0x41 + letter] = gain;
  rot13Gain[0x61 + letter] = gain;
}
const minLetters = 6;
const maxWordLength = 24;

/** ASCII code → its ROT13 as a one-character string (letters rotate, everything else stays). */
const rotatedCharacters = Array.from({ length: 128 }, (_, code) => {
  const base = code >= 0x61 && code <= 0x7a ? 0x61 : code >= 0x41 && code <= 0x5a ? 0x41 : -1;
  return String.fromCharCode(base < 0 ? code : ((code - base + 13) % 26) + base);
});

/** ROT13 of every ASCII letter in `text`. */
export function rot13(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    result += code < 128 ? rotatedCharacters[code] : text[index];
  }
  return result;
}

/** The common words as they look after ROT13: a word of a segment is in here when its ROT13 is common. */
const commonWordsRotated: ReadonlySet<string> = new Set([...commonEnglishWords].map(rot13));

/** Words whose ROT13 is a common word while they are not common themselves ("gur", not "be"/"or"). */
const rotatedOnlyWords = [...commonWordsRotated].filter((word) => !commonEnglishWords.has(word));

/**
 * A segment is accepted only if it holds one of `rotatedOnlyWords`, so a text is first searched for
 * them (as words between non-alphanumerics) and only the segments around a find are read.
 */
const rotatedOnlyAutomaton = new WordAutomaton(rotatedOnlyWords);

/** The same words between regex word boundaries: a text without any is never decoded. */
const rot13WordPattern = new RegExp(`\\b(?:${rotatedOnlyWords.join('|')})\\b`, 'i');

function countHits(words: readonly string[], lexicon: ReadonlySet<string>): number {
  let hits = 0;
  for (const word of words) if (lexicon.has(word)) hits += 1;
  return hits;
}

/** Whether the ROT13 of a segment has more common words than the segment, and at least one word in four. */
function hasMoreWordsDecoded(segment: string): boolean {
  const words = segment.toLowerCase().split(/[^a-z]+/).filter((word) => word.length > 0);
  const decodedHits = countHits(words, commonWordsRotated);
  return decodedHits > countHits(words, commonEnglishWords) && decodedHits * 4 >= words.length;
}

const letterClass = 1;
const digitClass = 2;
const separatorClass = 3;
const breakClass = 0;
/** ASCII code → letter, digit, in-segment separator (space , ' -), or segment break (everything else). */
const characterClasses = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const isLetter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  const isSeparator = code === 0x20 || code === 0x2c || code === 0x27 || code === 0x2d;
  characterClasses[code] = isLetter ? letterClass : code >= 0x30 && code <= 0x39 ? digitClass : isSeparator ? separatorClass : breakClass;
}

function classAt(text: string, index: number): number {
  if (index >= text.length) return breakClass;
  const code = text.charCodeAt(index);
  return code < 128 ? (characterClasses[code] ?? breakClass) : breakClass;
}

/**
 * The segment text[start, end) decoded when it reads as ROT13: enough letters, letters likelier in
 * English after ROT13, and more common words after ROT13.
 */
function segmentIfRot13(text: string, start: number, end: number, statistics: { letters: number; gain: number }): DecodedSegment | undefined {
  if (start < 0 || statistics.letters < minLetters || statistics.gain <= 0) return undefined;
  const original = text.slice(start, end);
  if (!hasMoreWordsDecoded(original)) return undefined;
  return { start, end, text: rot13(original), map: shiftedMap(start, end - start) };
}

/**
 * Finds runs of letter-only words (separated by spaces, commas, apostrophes or dashes) in
 * text[start, end) whose ROT13 reads as more English than the original. A word with digits or over
 * 24 letters ends a run. `start` must follow a segment break and `end` be one (or a text edge).
 */
export function findRot13Segments(text: string, start = 0, end = text.length): DecodedSegment[] {
  const found: DecodedSegment[] = [];
  const statistics = { letters: 0, gain: 0 };
  let segmentStart = -1;
  let segmentEnd = -1;
  let wordStart = -1;
  let wordGain = 0;
  let wordHasDigit = false;
  for (let index = start; index <= end; index++) {
    const kind = classAt(text, index);
    if (kind === letterClass || kind === digitClass) {
      if (wordStart < 0) {
        wordStart = index;
        wordGain = 0;
        wordHasDigit = false;
      }
      if (kind === digitClass) wordHasDigit = true;
      else wordGain += rot13Gain[text.charCodeAt(index)] ?? 0;
      continue;
    }
    const wordEndsRun = wordStart >= 0 && (wordHasDigit || index - wordStart > maxWordLength);
    if (wordStart >= 0 && !wordEndsRun) {
      if (segmentStart < 0) segmentStart = wordStart;
      segmentEnd = index;
      statistics.letters += index - wordStart;
      statistics.gain += wordGain;
    }
    wordStart = -1;
    if (kind === breakClass || wordEndsRun) {
      const segment = segmentIfRot13(text, segmentStart, segmentEnd, statistics);
      if (segment !== undefined) found.push(segment);
      segmentStart = -1;
      statistics.letters = 0;
      statistics.gain = 0;
    }
  }
  return found;
}

/**
 * The segments found in every break-delimited stretch of `text` that holds a rotated-only word;
 * stretches are independent (a break resets every count), so the rest of the text can be skipped.
 */
function findSegmentsAroundWords(text: string, units: Uint16Array): DecodedSegment[] {
  const found: DecodedSegment[] = [];
  for (let from = 0; from < text.length; ) {
    const wordEnd = rotatedOnlyAutomaton.nextWordEnd(units, from, text.length);
    if (wordEnd < 0) break;
    let stretchStart = wordEnd;
    while (stretchStart > from && classAt(text, stretchStart - 1) !== breakClass) stretchStart -= 1;
    let stretchEnd = wordEnd;
    while (stretchEnd < text.length && classAt(text, stretchEnd) !== breakClass) stretchEnd += 1;
    found.push(...findRot13Segments(text, stretchStart, stretchEnd));
    from = stretchEnd + 1;
  }
  return found;
}

/** ROT13-encoded runs of words, found by English word and letter statistics. */
export const rot13Decoder: Decoder = {
  id: 'rot13',
  decode(text, budget) {
    const segments: DecodedSegment[] = [];
    const units = codeUnitsOf(text);
    if (!rotatedOnlyAutomaton.occursIn(units, 0, text.length) || !rot13WordPattern.test(text)) return segments;
    for (const segment of findSegmentsAroundWords(text, units)) {
      if (budget.remaining < segment.text.length) break;
      budget.remaining -= segment.text.length;
      segments.push(segment);
    }
    return segments;
  },
};
