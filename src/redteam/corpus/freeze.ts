import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { VouchError } from '../../core/errors.js';
import { corpusItemSchema, type CorpusItem } from '../types.js';
import { itemsFolder, loadCorpus } from './load.js';
import { buildManifest, writeManifest, type CorpusManifest } from './manifest.js';

/** The file a frozen corpus keeps its items in, relative to its directory. */
export const generatedItemsFile = `${itemsFolder}/generated.jsonl`;

export interface FreezeOptions {
  name: string;
  version: string;
  description?: string;
  /** ISO date (YYYY-MM-DD); default today (UTC). */
  created?: string;
}

/**
 * Writes items (e.g. mutated attacks kept from a run) as a new corpus version directory:
 * `items/generated.jsonl` plus `manifest.json`. Refuses an existing directory; the directory
 * appears complete or not at all (it is assembled beside it and renamed into place).
 * @example
 * freezeCorpus(keptItems, 'corpora/redteam-mutated-1.0.0', { name: 'redteam-mutated', version: '1.0.0' });
 */
export function freezeCorpus(items: readonly CorpusItem[], directory: string, options: FreezeOptions): CorpusManifest {
  if (existsSync(directory)) {
    throw new VouchError('VOUCH_USAGE', `${directory} already exists; a frozen corpus version is never overwritten`, {
      file: directory,
      fix: 'Choose a new directory, e.g. one named after the new version.',
    });
  }
  const lines = checkItems(items).map((item) => JSON.stringify(item));
  mkdirSync(dirname(directory), { recursive: true });
  const staging = join(dirname(directory), `.${basename(directory)}.${process.pid}.staging`);
  try {
    mkdirSync(join(staging, itemsFolder), { recursive: true });
    writeFileSync(join(staging, generatedItemsFile), lines.map((line) => `${line}\n`).join(''));
    const manifest = buildManifest(loadCorpus(staging), {
      name: options.name,
      version: options.version,
      created: options.created ?? new Date().toISOString().slice(0, 10),
      ...(options.description === undefined ? {} : { description: options.description }),
    });
    writeManifest(staging, manifest);
    renameSync(staging, directory);
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function checkItems(items: readonly CorpusItem[]): CorpusItem[] {
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const checked = checkItem(item, index);
    const earlier = seen.get(checked.id);
    if (earlier !== undefined) {
      throw new VouchError('VOUCH_INPUT_INVALID', `items[${index}]: id "${checked.id}" is also items[${earlier}]`, {
        path: `items[${index}].id`,
        fix: 'Keep one item per id (mutated items: "<parent>.<mutator>[.<mutator>…]").',
      });
    }
    seen.set(checked.id, index);
    return checked;
  });
}

function checkItem(item: CorpusItem, index: number): CorpusItem {
  const result = corpusItemSchema.safeParse(item);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || '(root)';
  throw new VouchError('VOUCH_INPUT_INVALID', `items[${index}] (${String(item.id)}): ${field}: ${issue.message}`, {
    path: `items[${index}].${field}`,
    fix: 'Generated items need the full corpus item format, with parent and mutations set (see src/redteam/README.md).',
  });
}
