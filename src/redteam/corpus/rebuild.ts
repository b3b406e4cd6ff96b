import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadCorpus } from './load.js';
import { buildManifest, bumpPatchVersion, manifestFileName, readManifest, writeManifest, type CorpusManifest } from './manifest.js';

export interface RebuildOptions {
  /** ISO date (YYYY-MM-DD) recorded as the manifest's `created`. */
  created: string;
  /** Default: the current manifest's name, else the directory's name. */
  name?: string;
  /**
   * Default: the current version when the item set is unchanged, its patch bump when it changed,
   * and 1.0.0 when there is no manifest yet.
   */
  version?: string;
  /** Default: the current manifest's description. */
  description?: string;
}

/**
 * Loads a corpus, builds its manifest from the items on disk and writes `manifest.json`.
 * This accepts whatever is on disk: verify first when the manifest is meant to guard the items.
 * @example
 * rebuildManifest('data/corpora/redteam', { name: 'vouch-redteam-seed', version: '1.0.0', created: '2025-06-01' });
 */
export function rebuildManifest(directory: string, options: RebuildOptions): CorpusManifest {
  const loaded = loadCorpus(directory);
  const current = existsSync(join(directory, manifestFileName)) ? readManifest(directory) : undefined;
  const description = options.description ?? current?.description;
  const draft = buildManifest(loaded, {
    name: options.name ?? current?.name ?? basename(resolve(directory)).toLowerCase(),
    version: options.version ?? current?.version ?? '1.0.0',
    created: options.created,
    ...(description === undefined ? {} : { description }),
  });
  const changed = current !== undefined && current.setSha256 !== draft.setSha256;
  const manifest = options.version === undefined && changed ? { ...draft, version: bumpPatchVersion(current.version) } : draft;
  writeManifest(directory, manifest);
  return manifest;
}
