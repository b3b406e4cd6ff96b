import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VouchError } from '../../core/errors.js';

/**
 * Word lists for the PERSON and LOCATION recognizers, read once at module load from
 * data/lexicons/ (three levels above this file, from src/ and from dist/ alike), plus the word
 * scanner and lookup helpers both recognizers share.
 */
export interface Lexicons {
  givenNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** For each first word of a place, the most words any place starting with that word has. */
  placeWordCounts: ReadonlyMap<string, number>;
  /** Every proper word prefix of a multi-word place ("rio", "rio de"), to stop a look-ahead early. */
  placePrefixes: ReadonlySet<string>;
  /** Given names that are also common words, months, places or products. */
  ambiguousNames: ReadonlySet<string>;
  /** Places that are also common words or names used mostly for people. */
  ambiguousPlaces: ReadonlySet<string>;
  /** Capitalized words that are never part of a person's name. */
  notNameWords: ReadonlySet<string>;
  /** Titles after which any capitalized word is a name ("Dr.", "Herr", "Sra."). */
  honorifics: ReadonlySet<string>;
  /** Titles that are also ordinary words ("General", "Captain"); a known name must follow. */
  weakHonorifics: ReadonlySet<string>;
  /** Short words inside names ("van", "de", "bin"). */
  nameParticles: ReadonlySet<string>;
  /** Cue words by kind, from cue-words.txt: "greeting" → {"dear", "hi", …}; phrases are "first second". */
  cueWords: ReadonlyMap<string, ReadonlySet<string>>;
}

export const lexiconDirectory = fileURLToPath(new URL('../../../data/lexicons/', import.meta.url));

const combiningMarks = /\p{M}/gu;
const lettersWithoutDecomposition = /[łøßæœđðþı’‘]/g;
const letterFolds: Readonly<Record<string, string>> = {
  'ł': 'l', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', '’': "'", '‘': "'",
};
const nonAscii = /[\u0080-\uffff]/;

/** Recent folds of non-ASCII words; cleared when full, so memory stays bounded. */
const recentFolds = new Map<string, string>();

/** Folds a word to its lexicon key: lowercase, diacritics removed, curly apostrophes straightened. */
export function foldKey(word: string): string {
  const lower = word.toLowerCase();
  if (!nonAscii.test(lower)) return lower;
  const known = recentFolds.get(lower);
  if (known !== undefined) return known;
  const folded = lower
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(lettersWithoutDecomposition, (letter) => letterFolds[letter] ?? letter);
  if (recentFolds.size >= 4096) recentFolds.clear();
  recentFolds.set(lower, folded);
  return folded;
}

/** Parses a lexicon file's text: one entry per line, `#` comments, keys folded, spaces collapsed. */
export function parseLexicon(content: string): Set<string> {
  const entries = new Set<string>();
  for (const line of content.split('\n')) {
    const entry = line.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    entries.add(foldKey(entry.replace(/\s{1,16}/g, ' ')));
  }
  return entries;
}

/** Reads one file of data/lexicons/ into a set of folded keys. */
export function readLexicon(fileName: string): Set<string> {
  const path = join(lexiconDirectory, fileName);
  try {
    return parseLexicon(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `The lexicon ${fileName} could not be read.`, {
      file: path,
      fix: 'Reinstall Vouch: the data/lexicons directory ships with the package and must sit beside dist/.',
      cause: error,
    });
  }
}

/** Maps each first word of a multi-word entry to the largest word count of entries starting with it. */
export function countWordsByFirstWord(entries: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const words = entry.split(' ');
    const first = words[0]!;
    counts.set(first, Math.max(counts.get(first) ?? 0, words.length));
  }
  return counts;
}

/** Every proper word prefix of the multi-word entries: "rio de janeiro" gives "rio" and "rio de". */
export function wordPrefixes(entries: ReadonlySet<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const entry of entries) {
    for (let space = entry.indexOf(' '); space !== -1; space = entry.indexOf(' ', space + 1)) prefixes.add(entry.slice(0, space));
  }
  return prefixes;
}

/** Groups "kind word…" entries by their first word: "greeting dear" → greeting: {"dear"}. */
export function groupByKind(entries: ReadonlySet<string>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const entry of entries) {
    const space = entry.indexOf(' ');
    const kind = entry.slice(0, space);
    if (!groups.has(kind)) groups.set(kind, new Set());
    groups.get(kind)!.add(entry.slice(space + 1));
  }
  return groups;
}

function loadLexicons(): Lexicons {
  const places = readLexicon('places.txt');
  return {
    givenNames: readLexicon('given-names.txt'),
    surnames: readLexicon('surnames.txt'),
    places,
    placeWordCounts: countWordsByFirstWord(places),
    placePrefixes: wordPrefixes(places),
    ambiguousNames: readLexicon('ambiguous-names.txt'),
    ambiguousPlaces: readLexicon('ambiguous-places.txt'),
    notNameWords: readLexicon('not-name-words.txt'),
    honorifics: readLexicon('honorifics.txt'),
    weakHonorifics: readLexicon('weak-honorifics.txt'),
    nameParticles: readLexicon('name-particles.txt'),
    cueWords: groupByKind(readLexicon('cue-words.txt')),
  };
}

const loadStarted = performance.now();
/** The lexicons, loaded once. */
export const lexicons: Lexicons = loadLexicons();
/** How long reading and indexing the lexicons took at module load, in milliseconds. */
export const lexiconLoadMilliseconds = performance.now() - loadStarted;

/** The cue words of one kind of cue-words.txt ("greeting", "street-after", …); empty when unknown. */
export function cueWords(kind: string): ReadonlySet<string> {
  return lexicons.cueWords.get(kind) ?? new Set();
}
