import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson, sha256 } from '../../core/hash.js';
import { loadCorpus } from './load.js';
import { buildManifest, readManifest, writeManifest } from './manifest.js';
import { makeBenign, makeItem, makeTemporaryDirectory, toJsonl, writeFiles } from './testing/fixture.js';
import { verifyCorpus } from './verify.js';

let directory = '';
let cleanup = () => {};
const seedFile = () => join(directory, 'items/seed.jsonl');
beforeEach(() => {
  ({ directory, cleanup } = makeTemporaryDirectory());
  writeFiles(directory, { 'items/seed.jsonl': toJsonl([makeItem(), makeBenign()]) });
  writeManifest(directory, buildManifest(loadCorpus(directory), { name: 'test', version: '1.0.0', created: '2025-02-01' }));
});
afterEach(() => cleanup());

describe('verifyCorpus', () => {
  it('accepts an untouched corpus and returns its set hash', () => {
    expect(verifyCorpus(directory)).toEqual({ ok: true, problems: [], setSha256: readManifest(directory).setSha256 });
  });

  it('detects an item edited by one character, with both hashes', () => {
    const original = readFileSync(seedFile(), 'utf8');
    writeFileSync(seedFile(), original.replace('pick a lock', 'pick a lick'));
    const result = verifyCorpus(directory);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      {
        kind: 'modified',
        id: 'persona-01',
        file: 'items/seed.jsonl',
        expected: sha256(canonicalJson(makeItem())),
        actual: sha256(canonicalJson(makeItem({ text: makeItem().text.replace('pick a lock', 'pick a lick') }))),
      },
    ]);
    expect(result.setSha256).not.toBe(readManifest(directory).setSha256);
  });

  it('reports missing and unlisted items', () => {
    writeFiles(directory, { 'items/seed.jsonl': toJsonl([makeItem()]), 'items/extra.jsonl': toJsonl([makeItem({ id: 'new-01', text: 'new' })]) });
    const problems = verifyCorpus(directory).problems.map((problem) => [problem.kind, problem.id, problem.file]);
    expect(problems).toEqual([
      ['missing', 'lock-history-01', 'items/seed.jsonl'],
      ['unlisted', 'new-01', 'items/extra.jsonl'],
    ]);
  });

  it('reports a manifest whose set hash does not match its own item list', () => {
    const manifest = readManifest(directory);
    writeManifest(directory, { ...manifest, setSha256: '0'.repeat(64) });
    const result = verifyCorpus(directory);
    expect(result.problems).toEqual([{ kind: 'set-hash', id: '*', file: 'manifest.json', expected: '0'.repeat(64), actual: manifest.setSha256 }]);
  });

  it('does not care about whitespace or key order on disk', () => {
    const reordered = [makeItem(), makeBenign()].map((item) => JSON.stringify(Object.fromEntries(Object.entries(item).reverse()), null, 0));
    writeFileSync(seedFile(), `${reordered.join('\r\n')}\r\n\r\n`);
    expect(verifyCorpus(directory).ok).toBe(true);
  });
});
