import { entitySpecs } from './catalog.js';
import type { LabelledRecord } from './pieces.js';

function countBy(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function table(title: string, header: string, rows: readonly [string, number][]): string {
  return [`### ${title}`, '', `| ${header} | count |`, '|---|---:|', ...rows.map(([name, count]) => `| ${name} | ${count} |`), ''].join('\n');
}

/** Share of national-id mentions with a naming word within 48 characters before or 24 after. */
export function namedShare(records: readonly LabelledRecord[]): number {
  const words = new Map(entitySpecs.filter((spec) => spec.national).map((spec) => [spec.type, spec.national!.namingWords]));
  let named = 0;
  let total = 0;
  for (const record of records) {
    for (const entity of record.entities.filter((item) => words.has(item.type))) {
      const near = record.text.slice(Math.max(0, entity.start - 48), entity.end + 24).toLowerCase();
      total += 1;
      if (words.get(entity.type)!.some((word) => near.includes(word))) named += 1;
    }
  }
  return total === 0 ? 0 : named / total;
}

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;

/** Markdown tables of counts per entity type, kind, language and hard-negative tag. */
export function summarize(records: readonly LabelledRecord[]): string {
  const empty = records.filter((record) => record.entities.length === 0).length;
  const entityTypes = countBy(records.flatMap((record) => record.entities.map((entity) => entity.type)));
  const tags = records.flatMap((record) => record.tags);
  const lines = [
    `Texts: ${records.length}; with no entity: ${empty} (${percent(empty / records.length)}); gold entities: ${entityTypes.reduce((sum, [, count]) => sum + count, 0)}; characters: ${records.reduce((sum, record) => sum + record.text.length, 0)}.`,
    '',
    `National ids (and US SSNs) with a word naming them within 48 characters before or 24 after: ${percent(namedShare(records))} overall, ${percent(namedShare(records.filter((record) => record.kind !== 'csv')))} outside CSV files (where the column header names the rows below it).`,
    '',
    table('Gold entities per type', 'type', entityTypes),
    table('Texts per kind', 'kind', countBy(records.map((record) => record.kind))),
    table('Texts per language', 'language', countBy(tags.filter((tag) => tag.startsWith('lang:')).map((tag) => tag.slice(5)))),
    table('Texts per hard-negative tag', 'tag', countBy(tags.filter((tag) => tag.startsWith('hard-negative:')).map((tag) => tag.slice(14)))),
  ];
  return lines.join('\n');
}
