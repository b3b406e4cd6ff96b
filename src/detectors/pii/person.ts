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
  nextCapitalizedWord,
  previousWord,
  scanWord,
  wordKey,
  wordShape,
  type WordSpan,
} from './lexicon.js';

/** What a word can be inside a name; one word may have several roles ("Thomas": given and surname). */
const role = {
  given: 1,
  ambiguous: 2,
  surname: 4,
  initial: 8,
  particle: 16,
  stop: 32,
  place: 64,
  unknown: 128,
  honorific: 256,
  weakHonorific: 512,
  /** First word of a place of two or more words ("san", "rio", "new"). */
  placeStart: 1024,
} as const;

/** Titles after which any capitalized word is read as a name. */
const honorifics = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'mister', 'dr', 'doctor', 'prof', 'professor', 'herr', 'frau', 'fraulein',
  'sr', 'sra', 'srta', 'senor', 'senora', 'senorita', 'dra', 'don', 'dona', 'senhor', 'senhora',
  'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'sig', 'sigra', 'signor', 'signora', 'signorina', 'dott',
  'shri', 'smt', 'sayin', 'pan', 'pani',
]);
/** Titles that are also ordinary capitalized words ("General Motors"); they need a known name after them. */
const weakHonorifics = new Set([
  'sir', 'dame', 'lord', 'lady', 'president', 'senator', 'sen', 'rep', 'governor', 'gov', 'mayor', 'judge',
  'justice', 'captain', 'capt', 'general', 'gen', 'colonel', 'col', 'major', 'lieutenant', 'lt', 'sergeant', 'sgt',
  'officer', 'detective', 'det', 'agent', 'inspector', 'coach', 'father', 'fr', 'sister', 'brother', 'pastor',
  'reverend', 'rev', 'rabbi', 'imam', 'sheikh', 'king', 'queen', 'prince', 'princess', 'uncle', 'aunt', 'auntie', 'sri',
]);
/** Lowercase words inside names: "Ludwig van Beethoven", "Maria de la Cruz", "Nguyen Van An". */
const particles = new Set([
  'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'dela', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten',
  'le', 'la', 'bin', 'binti', 'ibn', 'bint', 'al', 'el', 'y', 'zu', 'thi',
]);

interface NameWord {
  start: number;
  end: number;
  key: string;
  roles: number;
  caps: boolean;
  /** A period follows right after the word ("A.", "Dr."). */
  dotted: boolean;
}

interface NameMatch {
  start: number;
  end: number;
  score: number;
  words: number;
}

/** How strongly the words before a candidate say that a name follows. */
type Cue = 'name-field' | 'identity' | 'address' | 'code' | 'none';

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
  add(weakHonorifics, role.weakHonorific);
  add(honorifics, role.honorific);
  for (const [first, words] of lexicons.placeWordCounts) if (words > 1) add([first], role.placeStart);
  return roles;
}

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
  return roles === 0 ? role.unknown : roles;
}

/** Reads a scanned word as a name word: capitalized words, and lowercase particles inside a run. */
function toNameWord(text: string, word: WordSpan, inside: boolean): NameWord | undefined {
  const caps = isCapsWord(word);
  const length = word.end - word.start;
  const title = caps || isTitleWord(text, word) || (length === 1 && (word.shape & wordShape.upperFirst) !== 0);
  const key = title || inside ? wordKey(text, word) : '';
  if (!title && !(inside && particles.has(key))) return undefined;
  const roles = title ? rolesOf(key, length) : role.particle;
  return { start: word.start, end: word.end, key, roles, caps, dotted: text.charCodeAt(word.end) === 0x2e };
}

/** Collects up to six capitalized words (and particles between them) joined like one name. */
function collectRun(text: string, first: NameWord, scratch: WordSpan): NameWord[] {
  const run = [first];
  let previous = first;
  while (run.length < 6 && scanWord(text, previous.end, scratch)) {
    const afterAbbreviation = (previous.roles & (role.initial | role.honorific | role.weakHonorific)) !== 0;
    if (!isNameGap(text, previous.end, scratch.start, afterAbbreviation)) break;
    const word = toNameWord(text, scratch, true);
    if (!word || word.roles & role.stop) break;
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
    const roles = run[index]!.roles;
    if (!(roles & role.particle)) last = index;
    surname ||= (roles & role.surname) !== 0;
    strongGivenAfter ||= (roles & (role.given | role.ambiguous)) === role.given;
  }
  if (last > 0) {
    const initialOnly = (run[last]!.roles & role.initial) !== 0 && !surname;
    const score = surname ? (strong ? 0.85 : 0.7) + (last > 1 ? 0.05 : 0) : initialOnly ? (strong ? 0.6 : 0.45) : strong || strongGivenAfter ? 0.6 : 0.45;
    return span(run, 0, last, score);
  }
  const next = run[1];
  if (!next || !strong || next.caps !== head.caps) return undefined;
  if (next.roles & role.unknown) return span(run, 0, 1, 0.6);
  return next.roles & role.place ? span(run, 0, 1, 0.55) : undefined;
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

/** Field names after which a value is a person's name ("name:", "customer =", "signed,"). */
const nameFields = new Set(['name', 'fullname', 'firstname', 'lastname', 'surname', 'signed', 'signature', 'author', 'nombre', 'nome', 'nom']);
const identityFields = new Set([
  'from', 'to', 'cc', 'bcc', 'attn', 'sender', 'recipient', 'customer', 'client', 'patient', 'contact', 'assignee',
  'reporter', 'requester', 'owner', 'employee', 'applicant', 'tenant', 'guest', 'passenger', 'user', 'by',
]);
const greetings = new Set([
  'dear', 'hi', 'hello', 'hey', 'hiya', 'thanks', 'thx', 'greetings', 'congrats', 'congratulations', 'bonjour',
  'hola', 'hallo', 'ciao', 'ola', 'salut', 'morning', 'afternoon', 'evening',
]);
const signOffs = new Set([
  'thanks', 'thx', 'cheers', 'regards', 'best', 'sincerely', 'yours', 'love', 'wishes', 'saludos', 'atentamente',
  'cordialement', 'grusse', 'gruesse', 'abracos', 'signed', 'regard',
]);
/** Verbs that name the speaker in other languages: "me llamo", "je m'appelle", "mi chiamo", "ich heiße". */
const selfNamingWords = new Set(['llamo', "m'appelle", 'chiamo', 'heisse', 'chamo', "name's"]);
const codeWords = new Set([
  'class', 'interface', 'struct', 'enum', 'extends', 'implements', 'function', 'def', 'fn', 'func', 'const', 'var',
  'import', 'trait', 'impl', 'namespace', 'typedef',
]);
/** Two-word cues, keyed by "first second": "name is", "call me", "i am", "this is". */
const phraseCues: ReadonlyMap<string, Cue> = new Map([
  ['name is', 'name-field'], ['names is', 'name-field'], ['name s', 'name-field'], ['call me', 'name-field'],
  ['nombre es', 'name-field'], ['nome e', 'name-field'], ['name ist', 'name-field'], ['i am', 'identity'],
  ['thank you', 'address'], ['this is', 'address'], ['ich bin', 'identity'], ['je suis', 'identity'],
]);
const thisIsFollowedBy = /^\s{0,2}(?:from|at|with|here|speaking|calling|,|-|–)/;
const postVerbCue = /^\s{1,2}(?:said|says|wrote|writes|asked|asks|told|tells|replied|replies|mentioned|called|emailed|texted|thinks|thought|agreed|confirmed|explained|added|noted)\b/;

function cueBefore(text: string, start: number, end: number): Cue {
  const previous = previousWord(text, start);
  if (!previous) return 'none';
  const { key, gap } = previous;
  if (gap & (gapMark.period | gapMark.other)) return 'none';
  if (gap & gapMark.colon) return nameFields.has(key) ? 'name-field' : identityFields.has(key) ? 'identity' : 'none';
  if (gap & (gapMark.comma | gapMark.newline)) {
    if (key === 'signed') return 'name-field';
    return signOffs.has(key) || greetings.has(key) ? 'address' : 'none';
  }
  if (codeWords.has(key)) return 'code';
  if (greetings.has(key)) return 'address';
  if (key === "i'm") return 'identity';
  if (selfNamingWords.has(key)) return 'name-field';
  const before = previousWord(text, previous.start);
  const phrase = before && before.gap === 0 ? phraseCues.get(`${before.key} ${key}`) : undefined;
  if (phrase !== 'address' || key !== 'is') return phrase ?? 'none';
  return thisIsFollowedBy.test(text.slice(end, end + 12).toLowerCase()) ? 'identity' : 'address';
}

/** One given name alone counts only with a cue ("I'm Grace", "Dear Maria", "Maria said"). */
function singleName(text: string, word: NameWord, cue: Cue): number {
  if (!(word.roles & role.given)) return 0;
  const strong = (word.roles & role.ambiguous) === 0;
  if (cue === 'name-field' || cue === 'identity') return strong ? 0.8 : 0.65;
  if (cue === 'address') return strong ? 0.7 : 0.55;
  if (postVerbCue.test(text.slice(word.end, word.end + 16))) return strong ? 0.6 : 0.5;
  if (!strong) return 0;
  return isSentenceStart(text, word.start) ? 0.3 : 0.4;
}

function best(candidates: readonly (NameMatch | undefined)[]): NameMatch | undefined {
  let chosen: NameMatch | undefined;
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (!chosen || candidate.score > chosen.score || (candidate.score === chosen.score && candidate.words > chosen.words)) chosen = candidate;
  }
  return chosen;
}

/** Whether the words from `offset` spell a place at least as long as the name ("San Jose"). */
function spellsPlace(run: NameWord[], offset: number, words: number): boolean {
  return longestPlace(run.slice(offset, offset + words).map((word) => word.key)) >= words;
}

function matchAt(text: string, first: NameWord, scratch: WordSpan): NameMatch | undefined {
  if (first.roles === role.place || isInsideIdentifier(text, first.start, first.end)) return undefined;
  const maybeCued = (first.roles & (role.given | role.honorific | role.weakHonorific | role.initial)) !== 0;
  if (!maybeCued && first.roles & role.unknown && !endsLikeNameCue(text, first.start)) return undefined;
  const run = collectRun(text, first, scratch);
  const cue = cueBefore(text, first.start, first.end);
  if (cue === 'code') return undefined;
  const multi = best([afterHonorific(run), givenFirst(run), surnameFirst(run), initialsFirst(run), afterNameField(run, cue)]);
  if (multi && multi.words > 1 && !(multi.start === first.start && spellsPlace(run, 0, multi.words))) {
    const cued = cue === 'none' ? 0 : 0.1;
    const caps = run.every((word) => word.caps || word.roles & role.particle) ? 0.3 : 0;
    return { ...multi, score: Math.min(0.95, multi.score + cued) - caps };
  }
  if (multi && multi.start !== first.start) return { ...multi, score: multi.score - (run[1]!.caps ? 0.3 : 0) };
  const score = Math.max(singleName(text, first, cue), multi?.score ?? 0);
  if (score === 0) return undefined;
  return { start: first.start, end: first.end, score: score - (first.caps ? 0.3 : 0), words: 1 };
}

/** Cheap pre-check before looking for a "name:" cue in front of an unknown word. */
function endsLikeNameCue(text: string, start: number): boolean {
  for (let index = start - 1; index >= Math.max(0, start - 4); index--) {
    const char = text[index]!;
    if (char === ' ' || char === '"' || char === "'") continue;
    return 'seoté:=,\n'.includes(char);
  }
  return false;
}

/** The end of a place of two or more words starting at `first` ("São Paulo", "Rio de Janeiro"), or -1. */
function multiWordPlaceEnd(text: string, first: NameWord, scratch: WordSpan): number {
  if (!(first.roles & role.placeStart)) return -1;
  const run = collectRun(text, first, scratch);
  const words = longestPlace(run.map((word) => word.key));
  return words >= 2 ? run[words - 1]!.end : -1;
}

/** Lowest score a candidate needs to be reported at all (the engine's threshold is 0.5). */
const reportFloor = 0.3;

function recognizePersons(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  const word: WordSpan = { start: 0, end: 0, shape: 0 };
  const scratch: WordSpan = { start: 0, end: 0, shape: 0 };
  let position = 0;
  while (nextCapitalizedWord(text, position, word)) {
    position = word.end;
    const first = toNameWord(text, word, false);
    if (!first || first.roles & role.stop) continue;
    const placeEnd = multiWordPlaceEnd(text, first, scratch);
    if (placeEnd > 0) {
      position = placeEnd;
      continue;
    }
    const match = matchAt(text, first, scratch);
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
  views: ['original', 'normalized'],
  recognize: recognizePersons,
};
