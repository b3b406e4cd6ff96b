import type { Recognizer, RecognizerMatch } from '../types.js';
import {
  gapMark,
  isCapsWord,
  isInsideIdentifier,
  isNameGap,
  isSentenceStart,
  isTitleWord,
  lexicons,
  longestPlace,
  scanWord,
  nextCapitalizedWord,
  previousWord,
  wordShape,
  wordKey,
  type WordSpan,
} from './lexicon.js';

/** Lowercase words allowed inside a multi-word place: "Rio de Janeiro", "Stratford upon Avon". */
const placeConnectors = new Set([
  'de', 'do', 'da', 'dos', 'das', 'del', 'la', 'las', 'los', 'el', 'of', 'upon', 'on', 'am', 'an', 'der', 'es',
  'y', 'and', 'the', 'sur', 'en', 'di', 'al', 'du', 'des', 'le', 'les', 'i', 'e', 'im', 'ob',
]);
/** Words after a place that make it part of an organization or event name ("Washington Post"). */
const organizationWords = new Set([
  'times', 'post', 'tribune', 'herald', 'gazette', 'journal', 'chronicle', 'press', 'tech', 'university', 'college',
  'institute', 'school', 'bank', 'airlines', 'airways', 'group', 'consulting', 'capital', 'partners', 'inc', 'ltd',
  'llc', 'corp', 'fc', 'united', 'city', 'rangers', 'giants', 'yankees', 'mets', 'lakers', 'knicks', 'bulls',
  'celtics', 'raiders', 'cowboys', 'patriots', 'jets', 'eagles', 'saints', 'kings', 'warriors', 'athletic', 'rovers',
  'motors', 'energy', 'electric', 'telecom', 'records', 'studios', 'pictures', 'symphony', 'orchestra', 'opera',
  'agreement', 'accord', 'protocol', 'convention', 'declaration', 'syndrome', 'stock', 'exchange', 'sound',
]);

/** Prepositions after which a capitalized place is almost surely meant as a place. */
const strongPrepositions = new Set(['in', 'near', 'visit', 'visiting', 'visited', 'across', 'throughout', 'inside', 'outside', 'around', 'within']);
const weakPrepositions = new Set(['at', 'from', 'to', 'via', 'into', 'toward', 'towards', 'of']);
/** Words that make a following weak preposition strong: "moved to", "based at", "capital of". */
const strongBeforePreposition = new Set([
  'live', 'lives', 'living', 'lived', 'based', 'born', 'located', 'stationed', 'raised', 'stay', 'staying', 'stayed',
  'arrive', 'arrived', 'arriving', 'moved', 'move', 'moving', 'relocated', 'relocating', 'flew', 'fly', 'flying',
  'travel', 'traveled', 'travelled', 'traveling', 'travelling', 'trip', 'drive', 'drove', 'driving', 'headed',
  'heading', 'going', 'went', 'go', 'return', 'returned', 'returning', 'back', 'welcome', 'flight', 'flights', 'train',
  'capital', 'city', 'outskirts', 'province', 'state', 'county', 'region', 'heart', 'suburbs', 'centre', 'center',
  'north', 'south', 'east', 'west', 'part', 'streets', 'native', 'originally',
]);
/** Field names whose value is a place ("city:", "country =", "address:"). */
const placeFields = new Set([
  'address', 'city', 'country', 'location', 'state', 'region', 'province', 'county', 'town', 'hometown',
  'destination', 'origin', 'birthplace', 'residence', 'to', 'where', 'ort', 'stadt', 'ciudad', 'pais', 'ville', 'pays',
]);
const listGap = /^(?:\s{0,2}[,;/]\s{0,2}|\s{1,2}(?:and|or|&|und|et|y|e)\s{1,2}|\s{0,2}[-–]\s{0,2})$/;

type Cue = 'strong' | 'weak' | 'none';

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

/** The words that could continue a place starting with `first`, up to `most` in all. */
function placeWords(text: string, first: PlaceWord, most: number, scratch: WordSpan): PlaceWord[] {
  const words = [first];
  let previous = first;
  while (words.length < most && scanWord(text, previous.end, scratch)) {
    const abbreviation = previous.key === 'st' || previous.key === 'ft' || previous.key === 'mt';
    if (!isNameGap(text, previous.end, scratch.start, abbreviation)) break;
    const word = toPlaceWord(text, scratch);
    if (!word.capitalized && !placeConnectors.has(word.key)) break;
    words.push(word);
    previous = word;
  }
  return words;
}

function cueBefore(text: string, start: number, previousPlaceEnd: number): Cue {
  if (previousPlaceEnd >= 0 && start - previousPlaceEnd <= 6 && listGap.test(text.slice(previousPlaceEnd, start))) return 'weak';
  const previous = previousWord(text, start);
  if (!previous) return 'none';
  if (previous.gap & gapMark.colon) return placeFields.has(previous.key) ? 'strong' : 'none';
  if (previous.gap !== 0) return 'none';
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

const honorificsBeforePlace = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'lady', 'lord']);

/** Whether a person's name is written around a one-word place ("Paris Hilton", "Lewis Hamilton"). */
function isPartOfName(text: string, place: PlaceWord, next: PlaceWord | undefined): boolean {
  if (next?.capitalized && (lexicons.surnames.has(next.key) || lexicons.givenNames.has(next.key))) return true;
  const before = previousWord(text, place.start);
  if (!before || (before.gap !== 0 && before.gap !== gapMark.period)) return false;
  if (!/\p{Lu}/u.test(text[before.start]!)) return false;
  return before.gap === 0 ? lexicons.givenNames.has(before.key) : honorificsBeforePlace.has(before.key);
}

interface PlaceFacts {
  words: number;
  ambiguous: boolean;
  sentenceStart: boolean;
  caps: boolean;
  cue: Cue;
  organization: boolean;
}

/** Scores a place so that 0.5 separates "say it is a place" from "not sure". */
export function scorePlace(facts: PlaceFacts): number {
  let score = facts.words > 1 ? 0.8 : facts.ambiguous ? 0.4 : 0.65;
  if (facts.words === 1 && facts.sentenceStart) score -= 0.1;
  if (facts.cue === 'strong') score = facts.ambiguous ? score + 0.35 : Math.max(score + 0.2, 0.85);
  else if (facts.cue === 'weak') score += facts.ambiguous ? 0.05 : 0.15;
  if (facts.caps) score -= 0.3;
  if (facts.organization) score = Math.min(score, 0.3);
  return Math.min(0.95, score);
}

interface ScanState {
  text: string;
  scratch: WordSpan;
  previousPlaceEnd: number;
}

function matchPlace(state: ScanState, first: PlaceWord): RecognizerMatch | undefined {
  const most = lexicons.placeWordCounts.get(first.key);
  if (most === undefined || isInsideIdentifier(state.text, first.start, first.end)) return undefined;
  const words = most > 1 ? placeWords(state.text, first, most, state.scratch) : [first];
  const count = longestPlace(words.map((word) => word.key));
  if (count === 0) return undefined;
  const last = words[count - 1]!;
  const next = adjacentWordAfter(state.text, last.end, state.scratch);
  if (count === 1 && isPartOfName(state.text, first, next)) return undefined;
  const score = scorePlace({
    words: count,
    ambiguous: count === 1 && lexicons.ambiguousPlaces.has(first.key),
    sentenceStart: isSentenceStart(state.text, first.start),
    caps: words.slice(0, count).every((word) => word.caps || !word.capitalized),
    cue: cueBefore(state.text, first.start, state.previousPlaceEnd),
    organization: next?.capitalized === true && organizationWords.has(next.key),
  });
  return { start: first.start, end: last.end, score: Math.round(score * 100) / 100 };
}

/** Street types written after the street's name: "Baker Street", "Pennsylvania Ave", "Berliner Straße". */
const streetTypes = new Set([
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court',
  'ct', 'place', 'pl', 'way', 'terrace', 'close', 'crescent', 'square', 'sq', 'highway', 'hwy', 'parkway', 'pkwy',
  'circle', 'cir', 'row', 'walk', 'alley', 'trail', 'plaza', 'mews', 'grove', 'gardens', 'strasse', 'str', 'weg',
  'gasse', 'platz', 'allee', 'straat', 'laan', 'utca', 'ulica',
]);
/** Street types written before the name: "Calle Mayor 5", "Rua Augusta 123", "12 rue de la Paix". */
const streetPrefixes = new Set([
  'calle', 'avenida', 'avda', 'rua', 'via', 'viale', 'piazza', 'corso', 'largo', 'rue', 'boulevard', 'bd',
  'chemin', 'allee', 'impasse', 'quai', 'carrer', 'paseo', 'passeig', 'plaza', 'praca', 'travessa', 'estrada',
  'ulica', 'ul', 'aleja', 'strada', 'calea', 'camino', 'ronda', 'avinguda',
]);
/** Street types glued to the name: "Hauptstraße 12", "Keizersgracht 123", "Drottninggatan 5". */
const gluedStreetTypes = [
  'strasse', 'str', 'weg', 'gasse', 'platz', 'allee', 'ring', 'damm', 'ufer', 'chaussee', 'straat', 'laan',
  'gracht', 'plein', 'kade', 'singel', 'gatan', 'vagen', 'gata', 'vej', 'gade', 'veien', 'katu',
];
const directions = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west']);
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
  const number: WordSpan = { start: 0, end: 0, shape: 0 };
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

const namesBeforeType = /(?:\p{Lu}[\p{L}\p{M}'’-]{1,30} ){1,3}$/u;

/** "Berliner Straße 5", "Baker Street 221": names, a street type, then the number. */
function typeThenNumber(text: string, word: WordSpan, key: string, scratch: WordSpan): RecognizerMatch | undefined {
  if (!streetTypes.has(key)) return undefined;
  const names = namesBeforeType.exec(text.slice(Math.max(0, word.start - 96), word.start));
  if (!names) return undefined;
  const number = addressWordAfter(text, word.end, scratch, false);
  if (!number?.number || !houseNumber.test(text.slice(number.start, number.end))) return undefined;
  return { start: word.start - names[0].length, end: number.end, score: 0.75 };
}

const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isAsciiAlphanumeric = (code: number): boolean => isDigitCode(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

/** Start of a house number ("221B", "1600") written just before `start` with one space, or -1. */
function houseNumberBefore(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x20) return -1;
  let index = start - 2;
  while (index >= 0 && start - 2 - index < 7 && isAsciiAlphanumeric(text.charCodeAt(index))) index--;
  if (index >= 0 && isAsciiAlphanumeric(text.charCodeAt(index))) return -1;
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

function hasDigitJustBefore(text: string, start: number): boolean {
  for (let index = start - 1; index >= Math.max(0, start - 24); index--) if (isDigitCode(text.charCodeAt(index))) return true;
  return false;
}

/** A street address around the capitalized word `word`, which may start it or be its first name. */
function findStreetAddress(text: string, word: WordSpan, key: string, scratch: WordSpan): RecognizerMatch | undefined {
  if (hasDigitJustBefore(text, word.start)) {
    const numberStart = houseNumberBefore(text, word.start);
    const start = numberStart >= 0 ? numberStart : numberBeforeLowercasePrefix(text, word.start);
    const found = start >= 0 ? numberFirst(text, start, scratch) : undefined;
    if (found) return found;
  }
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
  const word: WordSpan = { start: 0, end: 0, shape: 0 };
  const state: ScanState = { text, scratch: { start: 0, end: 0, shape: 0 }, previousPlaceEnd: -1 };
  let position = 0;
  while (nextCapitalizedWord(text, position, word)) {
    position = word.end;
    if (!isTitleWord(text, word) && !isCapsWord(word)) continue;
    const first = toPlaceWord(text, word);
    const address = findStreetAddress(text, word, first.key, state.scratch);
    if (address) {
      while (matches.length > 0 && matches[matches.length - 1]!.start >= address.start) matches.pop();
      matches.push(address);
      position = state.previousPlaceEnd = address.end;
      continue;
    }
    const place = matchPlace(state, first);
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
  views: ['original', 'normalized'],
  recognize: recognizeLocations,
};
