import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VouchError } from '../../core/errors.js';
import {
  countWordsByFirstWord,
  cueWords,
  foldKey,
  groupByKind,
  lexiconDirectory,
  lexiconLoadMilliseconds,
  lexicons,
  parseLexicon,
  readLexicon,
  wordPrefixes,
} from './lexicon.js';
import {
  findPlace,
  scanWord,
  wordKey,
  type WordSpan,
} from './words.js';
describe('lexicon files', () => {
  it('are found three levels above this module, the same depth from src/ and dist/', () => {
    expect(lexiconDirectory.replaceAll('\\', '/')).toMatch(/\/data\/lexicons\/$/);
    expect(existsSync(join(lexiconDirectory, 'given-names.txt'))).toBe(true);
  });

  it('hold at least the promised number of entries', () => {
    expect(lexicons.givenNames.size).toBeGreaterThanOrEqual(1500);
    expect(lexicons.surnames.size).toBeGreaterThanOrEqual(1000);
    expect(lexicons.places.size).toBeGreaterThanOrEqual(1200);
    expect(lexicons.ambiguousNames.size).toBeGreaterThanOrEqual(100);
  });

  it('write every entry as a lowercase key with single spaces', () => {
    for (const file of readdirSync(lexiconDirectory).filter((name) => name.endsWith('.txt'))) {
      const entries = readFileSync(join(lexiconDirectory, file), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
      const malformed = entries.filter((entry) => entry !== entry.toLowerCase() || entry !== entry.trim() || entry.includes('  '));
      expect({ file, malformed }).toEqual({ file, malformed: [] });
    }
  });

  it('spread across languages', () => {
    for (const name of ['maria', 'jose', 'joao', 'francois', 'jurgen', 'giuseppe', 'lukasz', 'dmitry', 'mohammed', 'priya', 'wei', 'hiroshi', 'min-jun', 'minh', 'chidi', 'baraka', 'mehmet']) {
      expect(lexicons.givenNames.has(name)).toBe(true);
    }
    for (const place of ['new york', 'sao paulo', 'rio de janeiro', 'munchen', 'krakow', 'lagos', 'ontario', 'kent', 'bavaria']) {
      expect(lexicons.places.has(place)).toBe(true);
    }
  });

  it('load once, quickly', () => {
    expect(lexiconLoadMilliseconds).toBeGreaterThan(0);
    expect(lexiconLoadMilliseconds).toBeLessThan(500);
  });
});

describe('foldKey and parseLexicon', () => {
  it('lowercases and removes diacritics, including letters NFD does not split', () => {
    expect(foldKey('São')).toBe('sao');
    expect(foldKey('Łódź')).toBe('lodz');
    expect(foldKey('Straße')).toBe('strasse');
    expect(foldKey('Ñuñoa')).toBe('nunoa');
    expect(foldKey('Yılmaz')).toBe('yilmaz');
    expect(foldKey('O’Brien')).toBe("o'brien");
    expect(foldKey('smith')).toBe('smith');
  });

  it('skips comments and blank lines and collapses spaces', () => {
    const parsed = parseLexicon('# heading\n\nRio  de Janeiro\nSão Paulo \n');
    expect([...parsed]).toEqual(['rio de janeiro', 'sao paulo']);
  });

  it('throws a VouchError naming the file when a lexicon is missing', () => {
    let thrown: unknown;
    try {
      readLexicon('no-such-lexicon.txt');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(VouchError);
    expect((thrown as VouchError).code).toBe('VOUCH_CONFIG_NOT_FOUND');
    expect((thrown as VouchError).file).toMatch(/no-such-lexicon\.txt$/);
  });
});

describe('lookups', () => {
  it('count the words of places by their first word', () => {
    const counts = countWordsByFirstWord(new Set(['new york', 'new york city', 'paris']));
    expect(counts.get('new')).toBe(3);
    expect(counts.get('paris')).toBe(1);
  });

  it('group cue words by kind', () => {
    expect(groupByKind(new Set(['greeting dear', 'greeting hi', 'name-phrase name is']))).toEqual(
      new Map([['greeting', new Set(['dear', 'hi'])], ['name-phrase', new Set(['name is'])]]),
    );
    expect(cueWords('greeting').has('liebe')).toBe(true);
    expect(cueWords('street-before').has('calle')).toBe(true);
    expect(cueWords('no-such-kind').size).toBe(0);
  });

  it('index the word prefixes of multi-word places', () => {
    expect([...wordPrefixes(new Set(['rio de janeiro', 'paris']))]).toEqual(['rio', 'rio de']);
  });

  it('find the longest place at a word, reading on only while a place can continue', () => {
    const place = (text: string): string | undefined => {
      const first: WordSpan = { start: 0, end: 0, shape: 0, hash: -1 };
      scanWord(text, 0, first);
      const found = findPlace(text, first, wordKey(text, first), { start: 0, end: 0, shape: 0, hash: -1 });
      return found && `${text.slice(0, found.end)}/${found.words}/${found.caps}`;
    };
    expect(place('Rio de Janeiro is hot')).toBe('Rio de Janeiro/3/false');
    expect(place('New York City Hall')).toBe('New York City/3/false');
    expect(place('St. Louis, MO')).toBe('St. Louis/2/false');
    expect(place('SÃO PAULO')).toBe('SÃO PAULO/2/true');
    expect(place('New idea')).toBeUndefined();
    expect(place('San San San')).toBeUndefined();
  });
});
