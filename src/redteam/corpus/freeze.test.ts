import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freezeCorpus } from './freeze.js';
import { readManifest } from './manifest.js';
import { makeItem, makeTemporaryDirectory } from './testing/fixture.js';
import { verifyCorpus } from './verify.js';

let directory = '';
let cleanup = () => {};
beforeEach(() => ({ directory, cleanup } = makeTemporaryDirectory()));
afterEach(() => cleanup());

const mutated = [
  makeItem({ id: 'persona-01.base64', text: 'UHJldGVuZA==', parent: 'persona-01', mutations: ['base64'] }),
  makeItem({ id: 'persona-01.base64.leet', text: 'UHJ1dDNuZA==', parent: 'persona-01.base64', mutations: ['base64', 'leet'] }),
];

describe('freezeCorpus', () => {
  it('writes items/generated.jsonl and a manifest that verifies', () => {
    const target = join(directory, 'frozen', 'mutated-1.0.0');
    const manifest = freezeCorpus(mutated, target, { name: 'mutated', version: '1.0.0', created: '2025-04-01', description: 'Kept mutations.' });
    expect(Object.keys(manifest.items)).toEqual(['persona-01.base64', 'persona-01.base64.leet']);
    expect(readManifest(target)).toEqual(manifest);
    expect(readFileSync(join(target, 'items/generated.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    expect(verifyCorpus(target)).toMatchObject({ ok: true, setSha256: manifest.setSha256 });
  });

  it('refuses an existing directory, even an empty one', () => {
    const target = join(directory, 'taken');
    mkdirSync(target);
    expect(() => freezeCorpus(mutated, target, { name: 'mutated', version: '1.0.0' })).toThrow(/already exists/);
  });

  it('refuses invalid or duplicate items and leaves nothing behind', () => {
    const target = join(directory, 'bad');
    expect(() => freezeCorpus([makeItem({ technique: 'Not Kebab' })], target, { name: 'x', version: '1.0.0' })).toThrow(/items\[0\] \(persona-01\): technique: /);
    expect(() => freezeCorpus([mutated[0]!, mutated[0]!], target, { name: 'x', version: '1.0.0' })).toThrow(/items\[1\]: id "persona-01.base64" is also items\[0\]/);
    expect(() => freezeCorpus(mutated, target, { name: 'x', version: 'one' })).toThrow(/version/);
    expect(() => readManifest(target)).toThrow(/does not exist/);
    expect(readdirSync(directory)).toEqual([]);
  });
});
