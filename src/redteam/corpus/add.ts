import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { VouchError } from '../../core/errors.js';
import type { CorpusItem } from '../types.js';
import { parseJsonLine, splitJsonLines, validateItem } from './item-line.js';
import { loadCorpus, type LoadedCorpus } from './load.js';
import { bumpPatchVersion, manifestFileName, readManifest, type CorpusManifest } from './manifest.js';
import { rebuildManifest } from './rebuild.js';
import { verifyCorpus } from './verify.js';

/** Provenance given to new items that do not state their own. */
export interface ProvenanceDefaults {
  source: string;
  author: string;
  license: string;
  /** ISO date (YYYY-MM-DD); also the new manifest's `created`. */
  created: string;
}

export interface AddOptions {
  /** Where to append, relative to the corpus directory; must be `items/<name>.jsonl`. */
  file?: string;
  defaults: ProvenanceDefaults;
  /** Names the input in errors (`${inputName}:${line}: field: …`); default "input". */
  inputName?: string;
}

export interface AddResult {
  added: CorpusItem[];
  skipped: { id: string; reason: string }[];
  /** The manifest now on disk (null when nothing was added and the corpus has none). */
  manifest: CorpusManifest | null;
}

/**
 * Validates JSONL items (filling missing provenance from `defaults`), skips ids or texts already
 * in the corpus, appends the rest and rewrites the manifest with a patch version bump.
 * All-or-nothing: one invalid line writes nothing, and the error names the input line.
 * @example
 * const { added, skipped } = addItems('data/corpora/redteam', text, {
 *   defaults: { source: 'incident-42', author: 'sre-team', license: 'CC-BY-4.0', created: '2025-06-01' },
 * });
 */
export function addItems(directory: string, lines: string, options: AddOptions): AddResult {
  const file = checkTargetFile(options.file ?? 'items/added.jsonl');
  const hasManifest = existsSync(join(directory, manifestFileName));
  const loaded = loadCorpus(directory);
  if (hasManifest) requireVerified(directory);
  const source = options.inputName ?? 'input';
  const candidates = splitJsonLines(lines).map((entry) => {
    const where = { source, line: entry.line };
    return validateItem(withDefaults(parseJsonLine(entry.text, where), options.defaults), where);
  });
  const { added, skipped } = selectNewItems(loaded, candidates);
  if (added.length === 0) return { added, skipped, manifest: hasManifest ? readManifest(directory) : null };
  appendItems(join(directory, file), added);
  const version = hasManifest ? bumpPatchVersion(readManifest(directory).version) : undefined;
  const manifest = rebuildManifest(directory, { created: options.defaults.created, ...(version === undefined ? {} : { version }) });
  return { added, skipped, manifest };
}

function withDefaults(value: unknown, defaults: ProvenanceDefaults): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return { ...defaults, parent: null, mutations: [], ...value };
}

function selectNewItems(loaded: LoadedCorpus, candidates: CorpusItem[]): Omit<AddResult, 'manifest'> {
  const textKey = (item: CorpusItem) => `${item.kind}\u0000${item.text}`;
  const ids = new Map(loaded.items.map((entry) => [entry.item.id, `the corpus (${entry.file}:${entry.line})`]));
  const texts = new Map(loaded.items.map((entry) => [textKey(entry.item), entry.item.id]));
  const added: CorpusItem[] = [];
  const skipped: AddResult['skipped'] = [];
  for (const item of candidates) {
    const idPlace = ids.get(item.id);
    const sameText = texts.get(textKey(item));
    if (idPlace !== undefined) skipped.push({ id: item.id, reason: `id already in ${idPlace}` });
    else if (sameText !== undefined) skipped.push({ id: item.id, reason: `same text and kind as "${sameText}"` });
    else {
      added.push(item);
      ids.set(item.id, 'this input');
      texts.set(textKey(item), item.id);
    }
  }
  return { added, skipped };
}

function appendItems(path: string, items: CorpusItem[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  appendFileSync(path, separator + items.map((item) => `${JSON.stringify(item)}\n`).join(''));
}

function checkTargetFile(file: string): string {
  if (/^items\/[A-Za-z0-9][A-Za-z0-9._-]*\.jsonl$/.test(file)) return file;
  throw new VouchError('VOUCH_USAGE', `cannot add items to "${file}": items live in items/<name>.jsonl`, {
    path: 'file',
    fix: 'Use a file such as "items/added.jsonl" (relative to the corpus directory).',
  });
}

function requireVerified(directory: string): void {
  const { problems } = verifyCorpus(directory);
  if (problems.length === 0) return;
  const listed = problems.slice(0, 5).map((problem) => `${problem.kind} ${problem.id} (${problem.file})`).join(', ');
  throw new VouchError('VOUCH_INPUT_INVALID', `${directory} does not match its manifest: ${listed}${problems.length > 5 ? ', …' : ''}`, {
    file: join(directory, manifestFileName),
    fix: 'Review the changes with `verifyCorpus`, then rebuild the manifest (rebuildManifest) before adding items.',
  });
}
