import { loadCorpus } from './load.js';
import { computeSetSha256, manifestFileName, readManifest } from './manifest.js';

/**
 * One way the items on disk disagree with the manifest. `modified`: the item's hash changed;
 * `missing`: listed but not on disk; `unlisted`: on disk but not listed; `set-hash`: the
 * manifest's `setSha256` does not match its own item list (id "*", file "manifest.json").
 */
export interface CorpusProblem {
  kind: 'modified' | 'missing' | 'unlisted' | 'set-hash';
  id: string;
  /** Relative to the corpus directory: where the item is on disk (or is listed, for `missing`). */
  file: string;
  expected?: string;
  actual?: string;
}

export interface CorpusVerification {
  ok: boolean;
  problems: CorpusProblem[];
  /** The set hash of the items on disk (equal to the manifest's when ok). */
  setSha256: string;
}

/**
 * Compares the items on disk with the corpus manifest, item by item and as a set; an item edited
 * by one character is reported as `modified` with both hashes. Invalid items still throw.
 * @example
 * const { ok, problems } = verifyCorpus('data/corpora/redteam');
 */
export function verifyCorpus(directory: string): CorpusVerification {
  const manifest = readManifest(directory);
  const loaded = loadCorpus(directory);
  const problems: CorpusProblem[] = [];
  const onDisk = new Map(loaded.items.map((entry) => [entry.item.id, entry]));
  for (const [id, listed] of Object.entries(manifest.items)) {
    const entry = onDisk.get(id);
    if (entry === undefined) problems.push({ kind: 'missing', id, file: listed.file, expected: listed.sha256 });
    else if (entry.sha256 !== listed.sha256) problems.push({ kind: 'modified', id, file: entry.file, expected: listed.sha256, actual: entry.sha256 });
  }
  for (const entry of loaded.items) {
    if (!Object.hasOwn(manifest.items, entry.item.id)) problems.push({ kind: 'unlisted', id: entry.item.id, file: entry.file, actual: entry.sha256 });
  }
  const listedSetSha256 = computeSetSha256(manifest.items);
  if (listedSetSha256 !== manifest.setSha256) {
    problems.push({ kind: 'set-hash', id: '*', file: manifestFileName, expected: manifest.setSha256, actual: listedSetSha256 });
  }
  problems.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  return { ok: problems.length === 0, problems, setSha256: computeSetSha256(Object.fromEntries(onDisk)) };
}
