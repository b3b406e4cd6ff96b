import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VouchError } from '../../core/errors.js';
import type { CorpusItem } from '../types.js';
import { hashItem, lineError, parseItemLine, splitJsonLines } from './item-line.js';

/** Where a corpus keeps its items, relative to the corpus directory. */
export const itemsFolder = 'items';

/** One validated item with where it was read from and its content hash. */
export interface LoadedItem {
  item: CorpusItem;
  /** Relative to the corpus directory, with "/" separators, e.g. "items/seed.jsonl". */
  file: string;
  /** 1-based line number in that file. */
  line: number;
  /** sha256 of the item's canonical JSON. */
  sha256: string;
}

export interface LoadedCorpus {
  directory: string;
  items: LoadedItem[];
}

/**
 * Reads every `items/*.jsonl` file of a corpus (sorted by file name), validates each line and
 * rejects duplicate ids; the first bad line throws VOUCH_INPUT_INVALID naming file:line: field.
 * @example
 * const corpus = loadCorpus('data/corpora/redteam');
 * console.log(corpus.items.length, corpus.items[0]?.sha256);
 */
export function loadCorpus(directory: string): LoadedCorpus {
  requireDirectory(directory);
  const items: LoadedItem[] = [];
  const seen = new Map<string, LoadedItem>();
  for (const file of listItemFiles(directory)) {
    const source = join(directory, file);
    for (const entry of splitJsonLines(readFileSync(source, 'utf8'))) {
      const where = { source, line: entry.line };
      const item = parseItemLine(entry.text, where);
      const earlier = seen.get(item.id);
      if (earlier !== undefined) {
        throw lineError(where, 'id', `"${item.id}" is already used at ${join(directory, earlier.file)}:${earlier.line}`, 'Give each item its own id (mutated items: "<parent>.<mutator>").');
      }
      const loaded = { item, file, line: entry.line, sha256: hashItem(item) };
      seen.set(item.id, loaded);
      items.push(loaded);
    }
  }
  return { directory, items };
}

/** The corpus's item files relative to its directory, sorted by name; none when `items/` is absent. */
export function listItemFiles(directory: string): string[] {
  const folder = join(directory, itemsFolder);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.jsonl'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => `${itemsFolder}/${name}`);
}

function requireDirectory(directory: string): void {
  if (existsSync(directory) && statSync(directory).isDirectory()) return;
  throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `corpus directory ${directory} does not exist`, {
    file: directory,
    fix: 'Pass the folder that holds manifest.json and items/*.jsonl (e.g. data/corpora/redteam).',
  });
}
