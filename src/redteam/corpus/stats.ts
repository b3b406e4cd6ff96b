import type { CorpusItem } from '../types.js';
import type { LoadedCorpus } from './load.js';

/** Item counts along each dimension; every record's keys are sorted. */
export interface CorpusStats {
  total: number;
  byKind: { attack: number; benign: number };
  byOwasp: Record<string, number>;
  byHarm: Record<string, number>;
  byTechnique: Record<string, number>;
  byLanguage: Record<string, number>;
  bySource: Record<string, number>;
  byAuthor: Record<string, number>;
  byLicense: Record<string, number>;
  /** Number of mutators applied ("0" for originals). */
  byMutationDepth: Record<string, number>;
}

const dimensions = {
  byOwasp: (item: CorpusItem) => item.category.owasp,
  byHarm: (item: CorpusItem) => item.category.harm,
  byTechnique: (item: CorpusItem) => item.technique,
  byLanguage: (item: CorpusItem) => item.lang,
  bySource: (item: CorpusItem) => item.source,
  byAuthor: (item: CorpusItem) => item.author,
  byLicense: (item: CorpusItem) => item.license,
  byMutationDepth: (item: CorpusItem) => String(item.mutations.length),
} as const;

/**
 * Counts a corpus's items by kind, OWASP id, harm category, technique, language, source,
 * author, license and mutation depth.
 * @example
 * const stats = corpusStats(loadCorpus('data/corpora/redteam'));
 * stats.byKind.attack; // 120
 */
export function corpusStats(loaded: LoadedCorpus): CorpusStats {
  const items = loaded.items.map((entry) => entry.item);
  const count = (key: (item: CorpusItem) => string) => countBy(items, key);
  return {
    total: items.length,
    byKind: {
      attack: items.filter((item) => item.kind === 'attack').length,
      benign: items.filter((item) => item.kind === 'benign').length,
    },
    byOwasp: count(dimensions.byOwasp),
    byHarm: count(dimensions.byHarm),
    byTechnique: count(dimensions.byTechnique),
    byLanguage: count(dimensions.byLanguage),
    bySource: count(dimensions.bySource),
    byAuthor: count(dimensions.byAuthor),
    byLicense: count(dimensions.byLicense),
    byMutationDepth: count(dimensions.byMutationDepth),
  };
}

/** Counts values of `key` over items; the result's keys are sorted. */
export function countBy<Value>(values: readonly Value[], key: (value: Value) => string): Record<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(key(value), (counts.get(key(value)) ?? 0) + 1);
  return Object.fromEntries([...counts.entries()].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)));
}

const sections: [label: string, pick: (stats: CorpusStats) => Record<string, number>][] = [
  ['kind', (stats) => stats.byKind],
  ['owasp', (stats) => stats.byOwasp],
  ['harm', (stats) => stats.byHarm],
  ['technique', (stats) => stats.byTechnique],
  ['language', (stats) => stats.byLanguage],
  ['source', (stats) => stats.bySource],
  ['author', (stats) => stats.byAuthor],
  ['license', (stats) => stats.byLicense],
  ['mutation depth', (stats) => stats.byMutationDepth],
];

/**
 * Renders stats as an aligned text table (dimension, value, count, share), most frequent first.
 * @example
 * console.log(formatStats(corpusStats(loadCorpus('data/corpora/redteam'))));
 */
export function formatStats(stats: CorpusStats): string {
  const rows: string[][] = [['dimension', 'value', 'count', 'share']];
  for (const [label, pick] of sections) {
    const entries = Object.entries(pick(stats)).sort(([leftKey, left], [rightKey, right]) => right - left || (leftKey < rightKey ? -1 : 1));
    entries.forEach(([value, count], index) => {
      const share = stats.total === 0 ? '-' : `${((100 * count) / stats.total).toFixed(1)}%`;
      rows.push([index === 0 ? label : '', value, String(count), share]);
    });
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const render = (row: string[]) =>
    row.map((cell, column) => (column >= 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  const summary = `${stats.total} items: ${stats.byKind.attack} attack, ${stats.byKind.benign} benign`;
  return [summary, '', ...rows.map(render)].join('\n');
}
