import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readManifest } from './manifest.js';
import { rebuildManifest } from './rebuild.js';
import { makeBenign, makeItem, makeTemporaryDirectory, toJsonl, writeFiles } from './testing/fixture.js';

let directory = '';
let cleanup = () => {};
beforeEach(() => {
  ({ directory, cleanup } = makeTemporaryDirectory());
  writeFiles(directory, { 'items/seed.jsonl': toJsonl([makeItem()]) });
});
afterEach(() => cleanup());

describe('rebuildManifest', () => {
  it('starts at 1.0.0, keeps the version while the set is unchanged, and bumps the patch when it changes', () => {
    expect(rebuildManifest(directory, { name: 'seed', created: '2025-01-01' }).version).toBe('1.0.0');
    expect(rebuildManifest(directory, { created: '2025-01-02' })).toMatchObject({ name: 'seed', version: '1.0.0', created: '2025-01-02' });
    writeFiles(directory, { 'items/more.jsonl': toJsonl([makeBenign()]) });
    const manifest = rebuildManifest(directory, { created: '2025-01-03' });
    expect(manifest.version).toBe('1.0.1');
    expect(readManifest(directory)).toEqual(manifest);
    expect(rebuildManifest(directory, { version: '2.0.0', created: '2025-01-04' }).version).toBe('2.0.0');
  });
});
