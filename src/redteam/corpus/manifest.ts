import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfigFile } from '../../core/config.js';
import { VouchError } from '../../core/errors.js';
import { hashJson } from '../../core/hash.js';
import { corpusItemSchema } from '../types.js';
import type { LoadedCorpus } from './load.js';
import { corpusStats } from './stats.js';

/** The manifest's file name inside a corpus directory. */
export const manifestFileName = 'manifest.json';

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex sha256 (64 characters)');
const countSchema = z.number().int().nonnegative();
const semverPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** A corpus manifest: the content hash of every item and of the whole set, plus counts. */
export const corpusManifestSchema = z
  .object({
    format: z.literal('vouch-corpus/1'),
    name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase letters, digits, ".", "_" and "-"'),
    version: z.string().regex(semverPattern, 'a semantic version such as 1.0.0'),
    /** ISO date (YYYY-MM-DD) this version was made. */
    created: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date, YYYY-MM-DD'),
    description: z.string().min(1).optional(),
    items: z.record(corpusItemSchema.shape.id, z.object({ sha256: sha256Schema, file: z.string().min(1) }).strict()),
    counts: z
      .object({
        attacks: countSchema,
        benign: countSchema,
        byOwasp: z.record(z.string(), countSchema),
        byHarm: z.record(z.string(), countSchema),
        byTechnique: z.record(z.string(), countSchema),
      })
      .strict(),
    /** sha256 of the canonical JSON of the [id, sha256] pairs sorted by id. */
    setSha256: sha256Schema,
  })
  .strict();

export type CorpusManifest = z.infer<typeof corpusManifestSchema>;

export interface ManifestOptions {
  name: string;
  version: string;
  created: string;
  description?: string;
}

/** The set hash: sha256 of the canonical JSON of [id, sha256] pairs sorted by id. */
export function computeSetSha256(items: Record<string, { sha256: string }>): string {
  const pairs = Object.keys(items)
    .sort()
    .map((id) => [id, items[id]!.sha256]);
  return hashJson(pairs);
}

/**
 * Builds the manifest of a loaded corpus: item hashes (keys sorted), counts and the set hash.
 * @example
 * const manifest = buildManifest(loadCorpus(dir), { name: 'redteam-seed', version: '1.0.0', created: '2025-06-01' });
 */
export function buildManifest(loaded: LoadedCorpus, options: ManifestOptions): CorpusManifest {
  const sorted = [...loaded.items].sort((left, right) => (left.item.id < right.item.id ? -1 : 1));
  const items = Object.fromEntries(sorted.map((entry) => [entry.item.id, { sha256: entry.sha256, file: entry.file }]));
  const stats = corpusStats(loaded);
  const manifest = {
    format: 'vouch-corpus/1' as const,
    name: options.name,
    version: options.version,
    created: options.created,
    ...(options.description === undefined ? {} : { description: options.description }),
    items,
    counts: { attacks: stats.byKind.attack, benign: stats.byKind.benign, byOwasp: stats.byOwasp, byHarm: stats.byHarm, byTechnique: stats.byTechnique },
    setSha256: computeSetSha256(items),
  };
  return checkManifest(manifest, 'manifest options');
}

/** Writes `manifest.json` (two-space JSON, trailing newline) via a temporary file and a rename; returns its path. */
export function writeManifest(directory: string, manifest: CorpusManifest): string {
  const checked = checkManifest(manifest, 'manifest');
  const path = join(directory, manifestFileName);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(checked, null, 2)}\n`);
  renameSync(temporary, path);
  return path;
}

/**
 * Reads and validates a corpus's `manifest.json` (strict: unknown keys are errors).
 * @example
 * const { version, setSha256 } = readManifest('data/corpora/redteam');
 */
export function readManifest(directory: string): CorpusManifest {
  const path = join(directory, manifestFileName);
  if (!existsSync(path)) {
    throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `${path} does not exist`, {
      file: path,
      fix: 'Check the corpus directory, or build the manifest with rebuildManifest / `vouch corpus manifest`.',
    });
  }
  return loadConfigFile(path, corpusManifestSchema, 'VOUCH_INPUT_INVALID');
}

/** The next patch version: 1.2.3 → 1.2.4; a prerelease becomes its release (1.3.0-rc.1 → 1.3.0). */
export function bumpPatchVersion(version: string): string {
  const match = semverPattern.exec(version);
  if (match === null) throw new VouchError('VOUCH_INPUT_INVALID', `"${version}" is not a semantic version`, { fix: 'Use MAJOR.MINOR.PATCH, e.g. 1.0.0.' });
  const [, major, minor, patch] = match;
  const isPrerelease = /^[^+]*-/.test(version);
  return `${major}.${minor}.${isPrerelease ? patch : Number(patch) + 1}`;
}

function checkManifest(value: unknown, source: string): CorpusManifest {
  const result = corpusManifestSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String).join('.') || '(root)';
  throw new VouchError('VOUCH_INPUT_INVALID', `${source}: ${path}: ${issue.message}`, { path, fix: 'Correct the value; see the manifest format in src/redteam/README.md.' });
}
