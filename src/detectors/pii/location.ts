import type { Recognizer, RecognizerMatch } from '../types.js';
import { cueWords, lexicons } from './lexicon.js';
import {
  codeKeywords,
  findPlace,
  gapMark,
  isCapsWord,
  isInsideIdentifier,
  isNameGap,
  isSentenceStart,
  isTitleWord,
  keyHashes,
  placeConnectors,
  scanWord,
  nextCapitalizedWord,
  previousWord,
  wordShape,
  wordKey,
  type WordSpan,
} from './words.js';

const organizationWords = cueWords('organization-after');
const strongPrepositions = cueWords('strong-preposition');
const weakPrepositions = cueWords('weak-preposition');
const strongBeforePreposition = cueWords('strong-before-preposition');
const placeFields = cueWords('place-field');
/** Words before a name, after which a place-name is a person: "Thanks Tyrone", "Dear Florence". */
const personCues = new Set([...cueWords('greeting'), ...cueWords('self-naming'), "i'm"]);
const nameFields = cueWords('name-field');
const listGap = /^(?:\s{0,2}[,;/]\s{0,2}|\s{1,2}(?:and|or|&|und|et|y|e)\s{1,2}|\s{0,2}[-–]\s{0,2})$/;

type Cue = 'strong' | 'weak' | 'code' | 'none';

interface PlaceWord {
  start: number;
  end: number;
  key: string;
  capitalized: boolean;
  caps: boolean;
}

function toPlaceWord(text: string, word: WordSpan): PlaceWord {
  const caps = isCapsWord(word);
  return { start: word.start, end: word.end, key: wordKey(text, word), capitalized: caps || isTitleWord(text, word), caps };
}

function cueBefore(text: string, start: number, previousPlaceEnd: number): Cue {
  if (previousPlaceEnd >= 0 && start - previousPlaceEnd <= 6 && listGap.test(text.slice(previousPlaceEnd, start))) return 'weak';
  const previous = previousWord(text, start);
  if (!previous) return 'none';
  if (previous.gap & gapMark.colon) return placeFields.has(previous.key) ? 'strong' : 'none';
  if (previous.gap !== 0) return 'none';
  if (codeKeywords.has(previous.key)) return 'code';
  if (strongPrepositions.has(previous.key)) return 'strong';
  if (!weakPrepositions.has(previous.key)) return 'none';
  const before = previousWord(text, previous.start);
  return before?.gap === 0 && strongBeforePreposition.has(before.key) ? 'strong' : 'weak';
}

/** The word right after `end` when it follows a single space, or undefined. */
function adjacentWordAfter(text: string, end: number, scratch: WordSpan): PlaceWord | undefined {
  if (!scanWord(text, end, scratch) || !isNameGap(text, end, scratch.start, false)) return undefined;
  return toPlaceWord(text, scratch);
}

/**
 * Whether a one-word place is part of a person's name or addressed like a person: a name or an
 * initial before it ("Lewis Hamilton", "Brianna E. Washington"), a name or "<e-mail>" after it
 * ("Paris Hilton", "Tyrone <t@…>"), or a greeting or "my name is" before it ("Thanks Tyrone").
 */
function isPartOfName(text: string, place: PlaceWord, next: PlaceWord | undefined): boolean {
  if (next?.capitalized && (lexicons.surnames.has(next.key) || lexicons.givenNames.has(next.key))) return true;
  if (text.startsWith(' <', place.end)) return true;
  const before = previousWord(text, place.start);
  if (before && before.gap & gapMark.colon) return before.key.endsWith('name') || nameFields.has(before.key);
  if (before?.key === 'is' && previousWord(text, before.start)?.key === 'name') return true;
  if (!before || !/\p{Lu}/u.test(text[before.start]!)) return before !== undefined && before.gap === 0 && personCues.has(before.key);
  if (before.gap === gapMark.period) return lexicons.honorifics.has(before.key) || before.end - before.start === 1;
  if (before.gap !== 0 && before.gap !== gapMark.comma) return false;
  if (before.gap === gapMark.comma) return personCues.has(before.key);
  return lexicons.givenNames.has(before.key) || lexicons.ambiguousNames.has(before.key) || lexicons.honorifics.has(before.key) || personCues.has(before.key);
}

interface PlaceFacts {
  words: number;
  ambiguous: boolean;
  sentenceStart: boolean;
  caps: boolean;
  cue: Exclude<Cue, 'code'>;
  organization: boolean;
}

/** Scores a place so that 0.5 separates "say it is a place" from "not sure". */
export function scorePlace(facts: PlaceFacts): number {
  let score = facts.words > 1 ? 0.8 : facts.ambiguous ? 0.4 : 0.65;
  if (facts.words === 1 && facts.sentenceStart) score -= 0.1;
  if (facts.cue === 'strong') score = facts.ambiguous ? score + 0.35 : Math.max(score + 0.2, 0.85);
  else if (facts.cue === 'weak') score += facts.ambiguous ? 0.05 : 0.15;
  if (facts.caps) score -= 0.35;
  if (facts.organization) score = Math.min(score, 0.3);
  return Math.min(0.95, score);
}

interface ScanState {
  text: string;
  scratch: WordSpan;
  previousPlaceEnd: number;
}

function matchPlace(state: ScanState, word: WordSpan, first: PlaceWord): RecognizerMatch | undefined {
  if (isInsideIdentifier(state.text, first.start, first.end)) return undefined;
  const place = findPlace(state.text, word, first.key, state.scratch);
  if (!place) return undefined;
  const next = adjacentWordAfter(state.text, place.end, state.scratch);
  if (place.words === 1 && isPartOfName(state.text, first, next)) return undefined;
  const cue = cueBefore(state.text, first.start, state.previousPlaceEnd);
  if (cue === 'code') return undefined;
  const score = scorePlace({
    words: place.words,
    ambiguous: place.words === 1 && lexicons.ambiguousPlaces.has(first.key),
    sentenceStart: isSentenceStart(state.text, first.start),
    caps: place.caps,
    cue,
    organization: next?.capitalized === true && organizationWords.has(next.key),
  });
  return { start: first.start, end: place.end, score: Math.round(score * 100) / 100 };
}

const streetTypes = cueWords('street-after');
const streetPrefixes = cueWords('street-before');
const gluedStreetTypes = [...cueWords('street-glued')];
const directions = cueWords('street-direction');
const houseNumber = /^\d{1,5}[a-z]{0,2}$/i;
const ordinalNumber = /^\d{1,4}(?:st|nd|rd|th)$/i;

interface AddressWord {
  start: number;
  end: number;
  key: string;
  capitalized: boolean;
  number: boolean;
}

function addressWordAfter(text: string, end: number, scratch: WordSpan, comma: boolean): AddressWord | undefined {
  if (!scanWord(text, end, scratch)) return undefined;
  const gap = text.slice(end, scratch.start);
  if (gap !== ' ' && gap !== '. ' && !(comma && gap === ', ')) return undefined;
  const key = wordKey(text, scratch);
  const capitalized = isTitleWord(text, scratch) || isCapsWord(scratch);
  return { start: scratch.start, end: scratch.end, key, capitalized, number: (scratch.shape & wordShape.digitFirst) !== 0 };
}

/** "221B Baker Street", "1600 Pennsylvania Avenue NW", "12 rue de la Paix", from the number at `start`. */
function numberFirst(text: string, start: number, scratch: WordSpan): RecognizerMatch | undefined {
  const number: WordSpan = { start: 0, end: 0, shape: 0, hash: -1 };
  if (!scanWord(text, start, number) || !houseNumber.test(text.slice(number.start, number.end))) return undefined;
  let word = addressWordAfter(text, number.end, scratch, false);
  if (word && streetPrefixes.has(word.key)) return namesAfterPrefix(text, number.start, word, scratch, false);
  for (let names = 0; word && names <= 4; names++) {
    if (names > 0 && word.capitalized && streetTypes.has(word.key)) {
      const direction = addressWordAfter(text, word.end, scratch, false);
      const end = direction && directions.has(direction.key) && direction.capitalized ? direction.end : word.end;
      return { start: number.start, end, score: 0.85 };
    }
    const isName = word.capitalized || (word.number && ordinalNumber.test(text.slice(word.start, word.end)));
    if (!isName) return undefined;
    word = addressWordAfter(text, word.end, scratch, false);
  }
  return undefined;
}

/** The street name after a prefix type, then (when `needsNumber`) the house number. */
function namesAfterPrefix(text: string, start: number, prefix: AddressWord, scratch: WordSpan, needsNumber: boolean): RecognizerMatch | undefined {
  let lastName: AddressWord | undefined;
  let word = addressWordAfter(text, prefix.end, scratch, false);
  for (let count = 0; word && count < 5; count++) {
    if (word.number) break;
    if (word.capitalized) lastName = word;
    else if (!placeConnectors.has(word.key)) break;
    word = addressWordAfter(text, word.end, scratch, lastName !== undefined);
  }
  if (!lastName) return undefined;
  if (!needsNumber) return { start, end: lastName.end, score: 0.85 };
  const number = word?.number && houseNumber.test(text.slice(word.start, word.end)) ? word : undefined;
  return number ? { start, end: number.end, score: 0.8 } : undefined;
}

/** "Hauptstraße 12", "Keizersgracht 123". */
function gluedTypeThenNumber(text: string, word: WordSpan, key: string, scratch: WordSpan): RecognizerMatch | undefined {
  if (!gluedStreetTypes.some((type) => key.length >= type.length + 3 && key.endsWith(type))) return undefined;
  const number = addressWordAfter(text, word.end, scratch, false);
  if (!number?.number || !houseNumber.test(text.slice(number.start, number.end))) return undefined;
  return { start: word.start, end: number.end, score: 0.8 };
}

/** Start of the one to three capitalized words written, one space apart, just before `start`; or -1. */
function capitalizedWordsBefore(text: string, start: number): number {
  let first = -1;
  for (let position = start, count = 0; count < 3; count++) {
    const previous = previousWord(text, position);
    if (!previous || previous.gap !== 0 || position - previous.end !== 1 || text.charCodeAt(previous.end) !== 0x20) break;
    if (!/\p{Lu}/u.test(text[previous.start]!)) break;
    first = position = previous.start;
  }
  return first;
}

/** "Berliner Straße 5", "Baker Street 221": names, a street type, then the number. */
function typeThenNumber(text: string, word: WordSpan, key: string, scratch: WordSpan): RecognizerMatch | undefined {
  if (!streetTypes.has(key) || !isTitleWord(text, word)) return undefined;
  const start = capitalizedWordsBefore(text, word.start);
  if (start < 0) return undefined;
  const number = addressWordAfter(text, word.end, scratch, false);
  if (!number?.number || !houseNumber.test(text.slice(number.start, number.end))) return undefined;
  return { start, end: number.end, score: 0.75 };
}

const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isAsciiAlphanumeric = (code: number): boolean => isDigitCode(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

/** Characters that may come right before a house number. */
const numberSeparators = new Set([' ', '\n', '\t', ',', '(', ':', '"', "'"]);

/** Start of a house number ("221B", "1600") written just before `start` with one space, or -1. */
function houseNumberBefore(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return -1;
  let index = start - 2;
  while (index >= 0 && start - 2 - index < 7 && isAsciiAlphanumeric(text.charCodeAt(index))) index--;
  if (index >= 0 && !numberSeparators.has(text[index]!)) return -1;
  return houseNumber.test(text.slice(index + 1, start - 1)) ? index + 1 : -1;
}

/** The house number before a lowercase street type and its connectors ("12 rue de la Paix"), or -1. */
function numberBeforeLowercasePrefix(text: string, start: number): number {
  let position = start;
  for (let words = 0; words < 4; words++) {
    const previous = previousWord(text, position);
    if (!previous || previous.gap !== 0 || text.charCodeAt(previous.end) !== 0x20) return -1;
    if (streetPrefixes.has(previous.key)) return houseNumberBefore(text, previous.start);
    if (!placeConnectors.has(previous.key)) return -1;
    position = previous.start;
  }
  return -1;
}

/** Whether a lowercase word, then a digit within 24 code units, come before `start` ("12 rue de la Paix"). */
function hasDigitJustBefore(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 2);
  if (text.charCodeAt(start - 1) !== 0x20 || before < 0x61 || before > 0x7a) return false;
  for (let index = start - 3; index >= Math.max(0, start - 24); index--) if (isDigitCode(text.charCodeAt(index))) return true;
  return false;
}

/** Hashes of place first words and street prefixes: other words can only be part of an address. */
const knownHashes: ReadonlySet<number> = keyHashes(lexicons.placeWordCounts.keys(), streetPrefixes);

/** Cheap checks that an unknown capitalized word could still be part of a street address. */
function mayBeAddress(text: string, word: WordSpan): boolean {
  if (text.charCodeAt(word.end) === 0x20 && isDigitCode(text.charCodeAt(word.end + 1))) return true;
  return houseNumberBefore(text, word.start) >= 0 || hasDigitJustBefore(text, word.start);
}

/** A street address around the capitalized word `word`, which may start it or be its first name. */
function findStreetAddress(text: string, word: WordSpan, key: string, scratch: WordSpan): RecognizerMatch | undefined {
  const numberStart = houseNumberBefore(text, word.start);
  const start = numberStart >= 0 || !hasDigitJustBefore(text, word.start) ? numberStart : numberBeforeLowercasePrefix(text, word.start);
  const found = start >= 0 ? numberFirst(text, start, scratch) : undefined;
  if (found) return found;
  if (streetPrefixes.has(key)) {
    const prefix = { start: word.start, end: word.end, key, capitalized: true, number: false };
    return namesAfterPrefix(text, word.start, prefix, scratch, true);
  }
  if (text.charCodeAt(word.end) !== 0x20 || !isDigitCode(text.charCodeAt(word.end + 1))) return undefined;
  return gluedTypeThenNumber(text, word, key, scratch) ?? typeThenNumber(text, word, key, scratch);
}

/** Lowest score a candidate needs to be reported at all (the engine's threshold is 0.5). */
const reportFloor = 0.3;

function recognizeLocations(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  const word: WordSpan = { start: 0, end: 0, shape: 0, hash: -1 };
  const state: ScanState = { text, scratch: { start: 0, end: 0, shape: 0, hash: -1 }, previousPlaceEnd: -1 };
  let position = 0;
  while (nextCapitalizedWord(text, position, word)) {
    position = word.end;
    if (word.hash !== -1 && !knownHashes.has(word.hash) && !mayBeAddress(text, word)) continue;
    if (!isTitleWord(text, word) && !isCapsWord(word)) continue;
    const first = toPlaceWord(text, word);
    const address = findStreetAddress(text, word, first.key, state.scratch);
    if (address) {
      while (matches.length > 0 && matches[matches.length - 1]!.start >= address.start) matches.pop();
      matches.push(address);
      position = state.previousPlaceEnd = address.end;
      continue;
    }
    const place = matchPlace(state, word, first);
    if (!place) continue;
    state.previousPlaceEnd = position = place.end;
    if (place.score >= reportFloor) matches.push(place);
  }
  return matches;
}

/**
 * LOCATION from a place lexicon (longest multi-word match, boosted after "in", "from", "based in")
 * and street addresses ("221B Baker Street", "Calle Mayor 5", "Hauptstraße 12").
 * @example locationRecognizer.recognize('She moved to São Paulo.') // one match, "São Paulo"
 */
export const locationRecognizer: Recognizer = {
  id: 'location',
  entity: 'LOCATION',
  recognize: recognizeLocations,
};
