import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const corpus = join(import.meta.dirname, '../../data/corpora/threat');
const read = (file: string) => readFileSync(join(corpus, file), 'utf8');
const lines = (file: string) => read(file).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('threat corpus', () => {
  it('matches its manifest: every seed and built file hashes to what the manifest records', () => {
    const manifest = JSON.parse(read('manifest.json')) as { seeds: Record<string, { sha256: string }>; outputs: Record<string, { sha256: string; lines: number }> };
    for (const [file, entry] of Object.entries({ ...manifest.seeds, ...manifest.outputs })) {
      expect(createHash('sha256').update(read(file)).digest('hex'), file).toBe(entry.sha256);
    }
    expect(lines('prompt-injection.jsonl').length).toBe(manifest.outputs['prompt-injection.jsonl']!.lines);
  });

  it('has at least 10,000 examples per detector and no text twice', () => {
    for (const file of ['prompt-injection.jsonl', 'content-safety.jsonl']) {
      const texts = lines(file).map((line) => line.text as string);
      expect(texts.length, file).toBeGreaterThanOrEqual(10_000);
      expect(new Set(texts).size, file).toBe(texts.length);
    }
  });

  it('rewrites seeds of both labels alike, so no rewrite is a sign of the label', () => {
    const all = lines('prompt-injection.jsonl').filter((line) => line.split === undefined && !String(line.origin).startsWith('cross:'));
    const attackShare = (items: Record<string, unknown>[]) => items.filter((line) => line.label !== 'BENIGN').length / items.length;
    const seeds = all.filter((line) => line.origin === 'seed');
    for (const origin of ['joined-with-benign', 'rewritten:padChat', 'rewritten:addTypos', 'rewritten:obfuscate']) {
      const rewritten = all.filter((line) => line.origin === origin);
      expect(rewritten.length, origin).toBeGreaterThan(100);
      expect(Math.abs(attackShare(rewritten) - attackShare(seeds)), origin).toBeLessThan(0.12);
    }
  });

  it('keeps the independent holdout out of the training sets', () => {
    const training = new Set([...lines('prompt-injection.jsonl'), ...lines('content-safety.jsonl')].map((line) => line.text as string));
    const holdout = [...lines('holdout/pi-holdout.jsonl'), ...lines('holdout/cs-holdout.jsonl')];
    expect(holdout.filter((line) => training.has(line.text as string))).toEqual([]);
  });
});

describe('shipped models', () => {
  it('are the files the model manifest records, trained on the committed training sets, within 10 MB', () => {
    const models = join(import.meta.dirname, '../../data/models');
    const manifest = JSON.parse(readFileSync(join(models, 'manifest.json'), 'utf8')) as { models: Record<string, { file: string; sha256: string; trainingDataSha256: string; bytes: number }> };
    let total = 0;
    for (const [detector, entry] of Object.entries(manifest.models)) {
      const bytes = readFileSync(join(models, entry.file));
      total += bytes.length;
      expect(createHash('sha256').update(bytes).digest('hex'), detector).toBe(entry.sha256);
      expect(createHash('sha256').update(read(`${detector}.jsonl`)).digest('hex'), `${detector} training data`).toBe(entry.trainingDataSha256);
    }
    expect(Object.keys(manifest.models).sort()).toEqual(['content-safety', 'prompt-injection']);
    expect(total).toBeLessThanOrEqual(10 * 1024 * 1024);
  });
});
