import type { Recognizer, RecognizerMatch } from '../types.js';
import { lexicons } from './lexicon.js';
import {
  findPlace,
  isCapsWord,
  isInsideIdentifier,
  isNameGap,
  isSentenceStart,
  isTitleWord,
  keyHashes,
  nextCapitalizedWord,
  scanWord,
  wordKey,
  wordShape,
  type WordSpan,
} from './words.js';
import { cueBefore, displayNameFollows, greetings, postVerbCue, type Cue } from './person-cues.js';

/**
 * What a word can be inside a name, as bits; one word may have several ("Thomas": given and surname).
 * `placeStart` marks the first word of a place of two or more words ("san", "rio").
 */
const role = {
  given: 1, ambiguous: 2, surname: 4, initial: 8, particle: 16, stop: 32, place: 64, unknown: 128,
  honorific: 256, weakHonorific: 512, placeStart: 1024,
} as const;

const particles = lexicons.nameParticles;

interface NameWord {
  start: number;
  end: number;
  key: string;
  roles: number;
  caps: boolean;
  /** A particle written in lowercase ("van", "de"). */
  lowercase: boolean;
  /** A period follows right after the word ("A.", "Dr."). */
  dotted: boolean;
}

interface NameMatch {
  start: number;
  end: number;
  score: number;
  words: number;
  /** The words spell a place of several words, which the scan skips. */
  place?: true;
}


/** Every lexicon word with its roles, built once so that a word costs one lookup. */
const wordRoles: ReadonlyMap<string, number> = buildWordRoles();

function buildWordRoles(): Map<string, number> {
  const roles = new Map<string, number>();
  const add = (keys: Iterable<string>, bits: number): void => {
    for (const key of keys) roles.set(key, (roles.get(key) ?? 0) | bits);
  };
  add(lexicons.givenNames, role.given);
  add(lexicons.ambiguousNames, role.given | role.ambiguous);
  add(lexicons.surnames, role.surname);
  add(lexicons.places, role.place);
  add(lexicons.notNameWords, role.stop);
  add(particles, role.particle);
  add(lexicons.weakHonorifics, role.weakHonorific);
  add(lexicons.honorifics, role.honorific);
  for (const [first, words] of lexicons.placeWordCounts) if (words > 1) add([first], role.placeStart);
  return roles;
}

/** Hashes of every word with a role: a capitalized word whose hash is not here is unknown. */
const roleHashes: ReadonlySet<number> = keyHashes(wordRoles.keys());
const particleHashes: ReadonlySet<number> = keyHashes(particles);
/** Hashes of words that are only stop words ("The", "Thanks", "Monday"), skipped before building a key. */
const stopHashes: ReadonlySet<number> = keyHashes([...wordRoles].filter(([, roles]) => roles === role.stop).map(([key]) => key));

/** Roles of a hyphenated word from its parts: "Jean-Luc" is given, "Okonkwo-Bello" a surname. */
function hyphenatedRoles(key: string): number {
  const joined = wordRoles.get(key.replaceAll('-', ''));
  if (joined !== undefined) return joined;
  const parts = key.split('-');
  const first = wordRoles.get(parts[0]!) ?? 0;
  const surname = parts.some((part) => ((wordRoles.get(part) ?? 0) & role.surname) !== 0) ? role.surname : 0;
  return (first & (role.given | role.ambiguous)) | surname;
}

function rolesOf(key: string, length: number): number {
  if (length === 1) return role.initial;
  const roles = wordRoles.get(key) ?? (key.includes('-') ? hyphenatedRoles(key) : 0);
  if (roles & role.honorific) return role.honorific;
  if (roles & role.stop) return role.stop;
  if ((roles & (role.given | role.place)) === (role.given | role.place)) return roles | role.ambiguous;
  return roles === 0 ? role.unknown : roles;
}

/** Reads a scanned word as a name word: capitalized words, and lowercase particles inside a run. */
function toNameWord(text: string, word: WordSpan, inside: boolean): NameWord | undefined {
  const caps = isCapsWord(word);
  const length = word.end - word.start;
  const title = caps || isTitleWord(text, word) || (length === 1 && (word.shape & wordShape.upperFirst) !== 0);
  if (!title && !(inside && particleHashes.has(word.hash))) return undefined;
  const key = wordKey(text, word);
  if (!title && !particles.has(key)) return undefined;
  const roles = title ? rolesOf(key, length) : role.particle;
  return { start: word.start, end: word.end, key, roles, caps, lowercase: !title, dotted: text.charCodeAt(word.end) === 0x2e };
}

/** Collects up to six capitalized words (and particles between them) joined like one name. */
function collectRun(text: string, first: NameWord, scratch: WordSpan): NameWord[] {
  const run = [first];
  let previous = first;
  while (run.length < 6 && scanWord(text, previous.end, scratch)) {
    const afterAbbreviation = (previous.roles & (role.initial | role.honorific | role.weakHonorific)) !== 0;
    if (!isNameGap(text, previous.end, scratch.start, afterAbbreviation)) break;
    const word = toNameWord(text, scratch, true);
    if (!word || word.roles & role.stop || (word.roles & role.honorific && !(previous.roles & role.honorific))) break;
    if (word.roles & role.honorific && run.length >= 2) break;
    run.push(word);
    previous = word;
  }
  return mergeParticleSurnames(run);
}

/** Joins "van der Meer", "de la Cruz" into one surname word when the lexicon knows the joined form. */
function mergeParticleSurnames(run: NameWord[]): NameWord[] {
  const merged: NameWord[] = [];
  for (let index = 0; index < run.length; index++) {
    const word = run[index]!;
    const joined = word.roles & role.particle ? joinedSurname(run, index) : 0;
    if (joined === 0) {
      merged.push(word);
      continue;
    }
    const last = run[index + joined]!;
    const key = run.slice(index, index + joined + 1).map((part) => part.key).join(' ');
    merged.push({ ...last, start: word.start, key, roles: role.surname, caps: word.caps && last.caps });
    index += joined;
  }
  while (merged.length > 1 && merged[merged.length - 1]!.roles === role.particle) merged.pop();
  return merged;
}

function joinedSurname(run: NameWord[], index: number): number {
  let key = run[index]!.key;
  for (let extra = 1; extra <= 2 && index + extra < run.length; extra++) {
    key = `${key} ${run[index + extra]!.key}`;
    if (lexicons.surnames.has(key)) return extra;
  }
  return 0;
}

const nameRoles = role.given | role.surname | role.initial | role.particle;

function span(run: NameWord[], first: number, last: number, score: number): NameMatch {
  return { start: run[first]!.start, end: run[last]!.end, score, words: last - first + 1 };
}

/** "Dr. Okafor", "Mrs Patel", "Herr Müller", "Sra. López": the name after the title. */
function afterHonorific(run: NameWord[]): NameMatch | undefined {
  const head = run[0]!;
  if (!(head.roles & (role.honorific | role.weakHonorific)) || run.length < 2) return undefined;
  let last = 0;
  let known = false;
  for (let index = 1; index < run.length && index <= 3; index++) {
    const roles = run[index]!.roles;
    if (!(roles & (nameRoles | role.unknown))) break;
    if (!(roles & role.particle) || index === 1) last = index;
    known ||= (roles & (role.given | role.surname)) !== 0;
  }
  if (last === 0) return undefined;
  if (head.roles & role.honorific) return span(run, 1, last, known ? 0.85 : 0.75);
  return known ? span(run, 1, last, 0.7) : undefined;
}

/** "Maria Garcia", "John A. Smith", "Will Smith", "Mary Ann", "Maria Okonkwo". */
function givenFirst(run: NameWord[]): NameMatch | undefined {
  const head = run[0]!;
  if (!(head.roles & role.given)) return undefined;
  const strong = (head.roles & role.ambiguous) === 0;
  let last = 0;
  let surname = false;
  let strongGivenAfter = false;
  for (let index = 1; index < run.length && index <= 3 && run[index]!.roles & nameRoles; index++) {
    const word = run[index]!;
    if (!(word.roles & role.particle) || isCapitalizedSurname(word)) last = index;
    surname ||= (word.roles & role.surname) !== 0;
    strongGivenAfter ||= (word.roles & (role.given | role.ambiguous)) === role.given;
  }
  if (last === 0) return unknownSurname(run, strong);
  const tail = unknownTail(run, last);
  if (surname || run[tail]!.roles & role.surname) return span(run, 0, tail, (strong ? 0.85 : 0.7) + (tail > 1 ? 0.05 : 0));
  if (tail > last) return span(run, 0, tail, strong ? 0.75 : 0.6);
  const initialOnly = (run[last]!.roles & role.initial) !== 0;
  return span(run, 0, last, strong || (strongGivenAfter && !initialOnly) ? 0.6 : 0.45);
}

/** A capitalized word that is both a particle and a surname ("Lê", "Le"), read as the surname. */
function isCapitalizedSurname(word: NameWord): boolean {
  return (word.roles & role.surname) !== 0 && !word.lowercase;
}

/** After an initial, or after particles, a surname or unknown word ends the name: "A. Brzęczyszczykiewicz", "F. van der Berg". */
function unknownTail(run: NameWord[], last: number): number {
  let index = last + 1;
  while (index < run.length && index <= last + 2 && run[index]!.roles === role.particle) index++;
  const next = run[index];
  if (!next || !(next.roles & (role.unknown | role.surname))) return last;
  return index > last + 1 || run[last]!.roles & role.initial ? index : last;
}

/** An unknown given name, a middle initial, then a known surname: "Anirban N. Bhattacharya". */
function unknownFirst(run: NameWord[]): NameMatch | undefined {
  if (!(run[0]!.roles & role.unknown) || run.length < 3) return undefined;
  const initial = run[1]!;
  if (!(initial.roles & role.initial) || !initial.dotted || !(run[2]!.roles & role.surname)) return undefined;
  return span(run, 0, 2, 0.7);
}

/** A given name, maybe particles, then an unknown capitalized word: "Maria Okonkwo", "Ludwig van Beethoven". */
function unknownSurname(run: NameWord[], strong: boolean): NameMatch | undefined {
  let index = 1;
  while (index < run.length && index < 3 && run[index]!.roles === role.particle) index++;
  const next = run[index];
  if (!next || next.caps !== run[0]!.caps || next.roles & role.particle) return undefined;
  const withParticle = index > 1;
  if (next.roles & role.unknown) {
    if (withParticle) return span(run, 0, index, strong ? 0.75 : 0.55);
    return strong ? span(run, 0, index, 0.6) : undefined;
  }
  return strong && next.roles & role.place ? span(run, 0, index, 0.55) : undefined;
}

/** "Nguyen Van An", "Tanaka Hiroshi", "Kim Min-jun": family name first. */
function surnameFirst(run: NameWord[]): NameMatch | undefined {
  if (!(run[0]!.roles & role.surname)) return undefined;
  let lastGiven = 0;
  let particle = false;
  for (let index = 1; index < run.length && index <= 3 && run[index]!.roles & (role.given | role.particle); index++) {
    if (run[index]!.roles & role.given) lastGiven = index;
    particle ||= (run[index]!.roles & role.particle) !== 0;
  }
  if (lastGiven === 0) return undefined;
  const ambiguous = (run[lastGiven]!.roles & role.ambiguous) !== 0;
  return span(run, 0, lastGiven, particle ? 0.7 : ambiguous ? 0.45 : 0.8);
}

/** "J. Smith", "J. R. Smith": dotted initials before a known surname or a full name. */
function initialsFirst(run: NameWord[]): NameMatch | undefined {
  let index = 0;
  while (index < run.length && index < 3 && run[index]!.roles & role.initial && run[index]!.dotted) index++;
  if (index === 0 || index >= run.length) return undefined;
  const rest = givenFirst(run.slice(index));
  if (rest) return { start: run[0]!.start, end: rest.end, score: rest.score, words: rest.words + index };
  return run[index]!.roles & role.surname ? span(run, 0, index, 0.6) : undefined;
}

/** After "my name is" or "name:", any capitalized words are taken as the name. */
function afterNameField(run: NameWord[], cue: Cue): NameMatch | undefined {
  if (cue !== 'name-field' || !(run[0]!.roles & (nameRoles | role.unknown)) || run[0]!.roles & role.particle) return undefined;
  let last = 0;
  for (let index = 1; index < run.length && index <= 3 && run[index]!.roles & (nameRoles | role.unknown); index++) {
    if (!(run[index]!.roles & role.particle)) last = index;
  }
  return span(run, 0, last, last > 0 ? 0.8 : 0.6);
}

/** After a cue ("Dear", "From:", "with"), capitalized words with at least one known name part: "Dear Aurélien Mercier". */
function afterCue(run: NameWord[], cue: Cue): NameMatch | undefined {
  if (cue !== 'identity' && cue !== 'address' && cue !== 'mention') return undefined;
  const anyName = role.given | role.surname;
  let last = 0;
  let known = (run[0]!.roles & anyName) !== 0;
  for (let index = 1; index < run.length && index <= 3 && run[index]!.roles & (nameRoles | role.unknown); index++) {
    if (!(run[index]!.roles & role.particle)) last = index;
    known ||= (run[index]!.roles & anyName) !== 0;
  }
  if (last === 0 || !known || run[0]!.roles & role.particle) return undefined;
  return span(run, 0, last, cue === 'mention' ? 0.6 : 0.7);
}

/** One given name alone counts only with a cue ("I'm Grace", "Dear Maria", "Maria said"). */
function singleName(text: string, word: NameWord, cue: Cue): number {
  if (!(word.roles & role.given)) return 0;
  const strong = (word.roles & role.ambiguous) === 0;
  if (cue === 'name-field' || cue === 'identity') return strong ? 0.8 : 0.65;
  if (cue === 'address') return strong ? 0.7 : 0.55;
  if (postVerbCue.test(text.slice(word.end, word.end + 16))) return strong ? 0.6 : 0.5;
  if (!strong) return 0;
  if (cue === 'mention' || nameFollowsAnd(text, word.end)) return 0.55;
  return isSentenceStart(text, word.start) ? 0.3 : 0.4;
}

/** Whether " and " and a capitalized given name follow ("Sophie and Lucas"). */
function nameFollowsAnd(text: string, end: number): boolean {
  if (text.slice(end, end + 5) !== ' and ') return false;
  const next: WordSpan = { start: 0, end: 0, shape: 0, hash: -1 };
  if (!scanWord(text, end + 5, next) || next.start !== end + 5 || !isTitleWord(text, next)) return false;
  const roles = rolesOf(wordKey(text, next), next.end - next.start);
  return (roles & (role.given | role.ambiguous)) === role.given;
}

/** The highest-scoring candidate, the one with more words on a tie. */
function best(candidates: readonly (NameMatch | undefined)[]): NameMatch | undefined {
  const better = (chosen: NameMatch | undefined, candidate: NameMatch | undefined): NameMatch | undefined =>
    !candidate || (chosen && (chosen.score > candidate.score || (chosen.score === candidate.score && chosen.words >= candidate.words))) ? chosen : candidate;
  return candidates.reduce(better, undefined);
}

/** Scores the best name in a run of capitalized words starting at `first`. */
function scoreRun(text: string, run: NameWord[], cue: Cue): NameMatch | undefined {
  const first = run[0]!;
  const candidates = [afterHonorific(run), givenFirst(run), surnameFirst(run), initialsFirst(run), unknownFirst(run)];
  const multi = best([...candidates, afterNameField(run, cue), afterCue(run, cue)]);
  if (multi && multi.words > 1) {
    const cued = cue === 'none' ? 0 : 0.1;
    const caps = run.every((word) => word.caps || word.roles & role.particle) ? 0.3 : 0;
    return { ...multi, score: Math.min(0.95, multi.score + cued) - caps };
  }
  if (multi && multi.start !== first.start) return { ...multi, score: multi.score - (run[1]!.caps ? 0.3 : 0) };
  const score = Math.max(singleName(text, first, cue), multi?.score ?? 0);
  if (score === 0) return undefined;
  return { start: first.start, end: first.end, score: score - (first.caps ? 0.3 : 0), words: 1 };
}

/** The name starting at `first`, or for a place of several words ("São Paulo") a match marked `place`. */
function matchAt(text: string, word: WordSpan, first: NameWord, scratch: WordSpan): NameMatch | undefined {
  if (first.roles === role.place || isInsideIdentifier(text, first.start, first.end)) return undefined;
  if (first.roles === role.initial && !first.dotted) return undefined;
  const place = first.roles & role.placeStart ? findPlace(text, word, first.key, scratch) : undefined;
  if (place && place.words > 1) return { start: first.start, end: place.end, score: 0, words: place.words, place: true };
  const nameLike = (first.roles & (role.given | role.surname | role.honorific | role.weakHonorific | role.initial)) !== 0;
  const cue = cueBefore(text, first.start, first.end);
  const displayName = displayNameFollows(text, first.end);
  const initialFollows = text.charCodeAt(first.end) === 0x20 && text.charCodeAt(first.end + 2) === 0x2e && isUppercaseCode(text.charCodeAt(first.end + 1));
  if (cue === 'code' || (!nameLike && cue === 'none' && !displayName && !initialFollows)) return undefined;
  return scoreRun(text, collectRun(text, first, scratch), displayName ? 'name-field' : cue);
}

/** Last two characters (lowercase, as `first * 65536 + second`) of words after which an unknown word may be a name. */
const nameCueEndings: ReadonlySet<number> = new Set(['is', 'me', 'mo', 'le', 'se', 'ße', 'st', 'es', ' é', "'s", '’s'].map((pair) => pair.charCodeAt(0) * 65536 + pair.charCodeAt(1)));

/** Cheap pre-check before looking for a "name:" cue in front of an unknown word. */
function endsLikeNameCue(text: string, start: number): boolean {
  let index = start - 1;
  while (index > 0 && start - index <= 4 && (text[index] === ' ' || text[index] === '"' || text[index] === "'")) index--;
  const code = text.charCodeAt(index);
  if (code === 0x3a || code === 0x3d || code === 0x2c || code === 0x0a) return true;
  const lower = (char: number): number => (char >= 0x41 && char <= 0x5a ? char | 0x20 : char);
  return index > 0 && nameCueEndings.has(lower(text.charCodeAt(index - 1)) * 65536 + lower(code));
}

/** An ASCII capital or any letter from U+00C0 on (checked later by the word scanner). */
function isUppercaseCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || code >= 0xc0;
}

/** Whether a capitalized word with a role, or an initial, follows after one space ("Aurélien Mercier", "Anirban N."). */
function nameWordFollows(text: string, end: number, scratch: WordSpan): boolean {
  if (text.charCodeAt(end) !== 0x20 || !isUppercaseCode(text.charCodeAt(end + 1)) || !scanWord(text, end + 1, scratch)) return false;
  if ((scratch.shape & wordShape.upperFirst) === 0) return false;
  if (scratch.end - scratch.start === 1) return text.charCodeAt(scratch.end) === 0x2e;
  return scratch.hash === -1 || (roleHashes.has(scratch.hash) && !stopHashes.has(scratch.hash));
}

/** Lowest score a candidate needs to be reported at all (the engine's threshold is 0.5). */
const reportFloor = 0.3;

function recognizePersons(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  const word: WordSpan = { start: 0, end: 0, shape: 0, hash: -1 };
  const scratch: WordSpan = { start: 0, end: 0, shape: 0, hash: -1 };
  let position = 0;
  while (nextCapitalizedWord(text, position, word)) {
    position = word.end;
    if (word.hash !== -1 && word.end - word.start > 1) {
      if (stopHashes.has(word.hash)) continue;
      if (!roleHashes.has(word.hash) && !endsLikeNameCue(text, word.start) && !nameWordFollows(text, word.end, scratch)) continue;
    }
    const first = toNameWord(text, word, false);
    if (!first || first.roles & role.stop || greetings.has(first.key)) continue;
    const match = matchAt(text, word, first, scratch);
    if (match?.place) position = match.end;
    if (!match || match.score < reportFloor) continue;
    matches.push({ start: match.start, end: match.end, score: Math.round(match.score * 100) / 100 });
    position = Math.max(position, match.end);
  }
  return matches;
}

/**
 * PERSON from name lexicons: a given name with a surname or initial, a title with a name, or a
 * given name alone after a cue ("my name is", "Dear", "signed,"), in one pass over capitalized words.
 * @example personRecognizer.recognize('Dear Dr. Okafor, Maria Garcia here.') // "Okafor", "Maria Garcia"
 */
export const personRecognizer: Recognizer = {
  id: 'person',
  entity: 'PERSON',
  recognize: recognizePersons,
};
