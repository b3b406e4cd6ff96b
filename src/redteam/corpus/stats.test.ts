import { describe, expect, it } from 'vitest';
import type { LoadedCorpus } from './load.js';
import { countBy, corpusStats, formatStats } from './stats.js';
import { makeBenign, makeItem } from './testing/fixture.js';

const items = [
  makeItem(),
  makeItem({ id: 'persona-01.base64', text: 'UHJldGVuZA==', parent: 'persona-01', mutations: ['base64'] }),
  makeItem({ id: 'persona-01.base64.leet', text: 'UHJ1dDNuZA==', parent: 'persona-01.base64', mutations: ['base64', 'leet'], lang: 'fr', author: 'mutator' }),
  makeBenign({ source: 'incident-7', license: 'CC-BY-4.0' }),
];
const loaded: LoadedCorpus = { directory: 'memory', items: items.map((item, index) => ({ item, file: 'items/a.jsonl', line: index + 1, sha256: 'x' })) };

describe('corpusStats', () => {
  it('counts by kind, category, technique, language, provenance and mutation depth', () => {
    expect(corpusStats(loaded)).toEqual({
      total: 4,
      byKind: { attack: 3, benign: 1 },
      byOwasp: { LLM01: 4 },
      byHarm: { none: 1, 'non-violent-crimes': 3 },
      byTechnique: { 'persona-dan': 3, 'security-education': 1 },
      byLanguage: { en: 3, fr: 1 },
      bySource: { 'incident-7': 1, 'vouch-tests': 3 },
      byAuthor: { mutator: 1, vouch: 3 },
      byLicense: { 'Apache-2.0': 3, 'CC-BY-4.0': 1 },
      byMutationDepth: { '0': 2, '1': 1, '2': 1 },
    });
  });

  it('sorts count keys', () => {
    expect(Object.keys(countBy(['b', 'a', 'c', 'a'], (value) => value))).toEqual(['a', 'b', 'c']);
  });
});

describe('formatStats', () => {
  it('renders an aligned table, most frequent value first, with shares', () => {
    const lines = formatStats(corpusStats(loaded)).split('\n');
    expect(lines[0]).toBe('4 items: 3 attack, 1 benign');
    expect(lines[2]).toBe('dimension       value               count   share');
    expect(lines[3]).toBe('kind            attack                  3   75.0%');
    expect(lines[4]).toBe('                benign                  1   25.0%');
    expect(lines).toContain('mutation depth  0                       2   50.0%');
    expect(lines).toContain('owasp           LLM01                   4  100.0%');
    expect(new Set(lines.slice(2).map((line) => line.length))).toEqual(new Set([lines[2]!.length]));
  });

  it('handles an empty corpus', () => {
    expect(formatStats(corpusStats({ directory: 'memory', items: [] }))).toBe('0 items: 0 attack, 0 benign\n\ndimension  value   count  share\nkind       attack      0      -\n           benign      0      -');
  });
});
