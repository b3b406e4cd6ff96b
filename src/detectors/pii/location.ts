import type { Recognizer, RecognizerMatch } from '../types.js';
import {
  foldKey,
  isCapsWord,
  isInsideIdentifier,
  isNameGap,
  isSentenceStart,
  isTitleWord,
  lexicons,
  longestPlace,
  scanWord,
  textBefore,
  wordShape,
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

const strongCue = /\b(?:in|near|visit|visiting|visited|across|throughout|inside|outside|around|within|(?:live|lives|living|lived|based|born|located|stationed|raised|stay|staying|stayed|arrive|arrived|arriving|moved|move|moving|relocated|relocating|flew|fly|flying|travel|traveled|travelled|traveling|travelling|trip|drive|drove|driving|headed|heading|going|went|go|return|returned|returning|back|welcome|flight|flights|train) (?:to|in|at|from)|(?:capital|city|outskirts|province|state|county|region|heart|suburbs?|centre|center|north|south|east|west|part|streets) of)\s{1,3}$/;
const fieldCue = /\b(?:address|city|country|location|state|region|province|county|town|hometown|destination|origin|birthplace|residence|ship[ _]?to|lives|where)["']?\s{0,3}[:=]\s{0,3}["']?$/;
const weakCue = /\b(?:at|from|to|via|into|towards?|of|for)\s{1,3}$/;
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
  return { start: word.start, end: word.end, key: foldKey(text.slice(word.start, word.end)), capitalized: caps || isTitleWord(text, word), caps };
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
  const before = textBefore(text, start, 40);
  if (strongCue.test(before) || fieldCue.test(before)) return 'strong';
  if (previousPlaceEnd >= 0 && start - previousPlaceEnd <= 6 && listGap.test(text.slice(previousPlaceEnd, start))) return 'weak';
  return weakCue.test(before) ? 'weak' : 'none';
}

/** The word right after `end` when it follows a single space, or undefined. */
function adjacentWordAfter(text: string, end: number, scratch: WordSpan): PlaceWord | undefined {
  if (!scanWord(text, end, scratch) || !isNameGap(text, end, scratch.start, false)) return undefined;
  return toPlaceWord(text, scratch);
}

/** Whether a person's name is written around a one-word place ("Paris Hilton", "Lewis Hamilton"). */
function isPartOfName(text: string, place: PlaceWord, next: PlaceWord | undefined): boolean {
  if (next?.capitalized && (lexicons.surnames.has(next.key) || lexicons.givenNames.has(next.key))) return true;
  const before = /(\p{L}{2,20})\.? $/u.exec(text.slice(Math.max(0, place.start - 22), place.start));
  if (!before || !/^\p{Lu}/u.test(before[1]!)) return false;
  const key = foldKey(before[1]!);
  return lexicons.givenNames.has(key) || ['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'lady', 'lord'].includes(key);
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
  const key = foldKey(text.slice(scratch.start, scratch.end));
  const capitalized = isTitleWord(text, scratch) || isCapsWord(scratch);
  return { start: scratch.start, end: scratch.end, key, capitalized, number: (scratch.shape & wordShape.digitFirst) !== 0 };
}

/** "221B Baker Street", "1600 Pennsylvania Avenue NW", "12 rue de la Paix". */
function numberFirst(text: string, number: WordSpan, scratch: WordSpan): RecognizerMatch | undefined {
  if (!houseNumber.test(text.slice(number.start, number.end))) return undefined;
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

/** A street address starting at (or, for "Name Straße 5", ending a few words after) `word`. */
function findStreetAddress(text: string, word: WordSpan, scratch: WordSpan): RecognizerMatch | undefined {
  if (word.shape & wordShape.digitFirst) return numberFirst(text, word, scratch);
  if (!isTitleWord(text, word)) return undefined;
  const nextIsDigit = text.charCodeAt(word.end) === 0x20 && /\d/.test(text[word.end + 1] ?? '');
  const key = foldKey(text.slice(word.start, word.end));
  if (streetPrefixes.has(key)) {
    const prefix = { start: word.start, end: word.end, key, capitalized: true, number: false };
    return namesAfterPrefix(text, word.start, prefix, scratch, true);
  }
  if (!nextIsDigit) return undefined;
  return gluedTypeThenNumber(text, word, key, scratch) ?? typeThenNumber(text, word, key, scratch);
}

/** Lowest score a candidate needs to be reported at all (the engine's threshold is 0.5). */
const reportFloor = 0.3;

function recognizeLocations(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  const word: WordSpan = { start: 0, end: 0, shape: 0 };
  const state: ScanState = { text, scratch: { start: 0, end: 0, shape: 0 }, previousPlaceEnd: -1 };
  let position = 0;
  while (scanWord(text, position, word)) {
    position = word.end;
    const address = findStreetAddress(text, word, state.scratch);
    if (address) {
      while (matches.length > 0 && matches[matches.length - 1]!.start >= address.start) matches.pop();
      matches.push(address);
      position = state.previousPlaceEnd = address.end;
      continue;
    }
    if (!isTitleWord(text, word) && !isCapsWord(word)) continue;
    const place = matchPlace(state, toPlaceWord(text, word));
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
