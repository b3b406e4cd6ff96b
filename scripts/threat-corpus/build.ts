/**
 * Builds the threat detectors' training sets from the seeds this project writes:
 *   npx tsx scripts/threat-corpus/build.ts
 * reads data/corpora/threat/seed/{pi,cs}-*.jsonl and writes data/corpora/threat/prompt-injection.jsonl,
 * content-safety.jsonl and manifest.json. Deterministic. Every seed keeps its family as `group`,
 * and every rewrite of a seed (and every seed it is joined with) stays in that group's split, so
 * no paraphrase crosses from training to test.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitOf } from '../../src/detectors/learned/fit.js';
import { createRandom } from '../bench/corpus.js';
import { addTypos, changeCase, insertPlaceholder, neutralPlaceholders, obfuscate, padChat, pick, stripPunctuation, type Random } from './augment.js';
import { injectionSeedSchema, readSeeds, safetySeedSchema, type InjectionSeed, type SafetySeed } from './seeds.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDirectory = join(root, 'data/corpora/threat');
const seedDirectory = join(corpusDirectory, 'seed');
/** Rewrites per seed besides the seed itself. */
const rewritesPerSeed = { injection: 3, safety: 4 };

interface Grouped {
  group: string;
  split: string;
}

function grouped<T extends { file: string; family: string }>(seed: T): T & Grouped {
  const group = `${seed.file.replace(/\.jsonl$/, '')}#${seed.family}`;
  return { ...seed, group, split: splitOf(group) };
}

function distinctTexts<T extends { text: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.text) && seen.add(item.text));
}

function join2(first: string, second: string, random: Random): string {
  return `${first}${pick(random, ['\n\n', '\n', ' ', ' — ', '\n\nAlso: ', '\n---\n'])}${second}`;
}

/** Inserts `inner` at a paragraph or line break of `document`, or at its start or end. */
function embed(document: string, inner: string, random: Random): string {
  const breaks = [0, document.length, ...[...document.matchAll(/\n\n|\n/g)].map((match) => match.index)];
  const at = pick(random, breaks);
  return `${document.slice(0, at)}\n${inner}\n${document.slice(at)}`.trim();
}

type Rewrite = (text: string, random: Random) => string;
const soloRewrites: Rewrite[] = [padChat, changeCase, addTypos, (text) => stripPunctuation(text), padChat, addTypos, obfuscate];

interface InjectionLine {
  id: string;
  text: string;
  label: string;
  source: string;
  group: string;
  lang: string;
  origin: string;
}

function buildInjection(seeds: (InjectionSeed & Grouped)[]): InjectionLine[] {
  const lines: InjectionLine[] = [];
  const benignBySplit = new Map<string, (InjectionSeed & Grouped)[]>();
  const documentsBySplit = new Map<string, (InjectionSeed & Grouped)[]>();
  for (const seed of seeds) {
    if (seed.label !== 'benign') continue;
    (benignBySplit.get(seed.split) ?? benignBySplit.set(seed.split, []).get(seed.split)!).push(seed);
    if (seed.source !== 'user') (documentsBySplit.get(seed.split) ?? documentsBySplit.set(seed.split, []).get(seed.split)!).push(seed);
  }
  for (const seed of seeds) {
    const random = createRandom(hashOf(seed.group + seed.text));
    const label = seed.technique ?? 'BENIGN';
    const base = { label, group: seed.group, lang: seed.lang };
    lines.push({ id: '', text: seed.text, source: seed.source, origin: 'seed', ...base });
    for (let rewrite = 0; rewrite < rewritesPerSeed.injection; rewrite++) {
      const choice = random();
      const partners = (benignBySplit.get(seed.split) ?? []).filter((other) => other.group !== seed.group);
      const documents = (documentsBySplit.get(seed.split) ?? []).filter((other) => other.group !== seed.group);
      if (choice < 0.2 && seed.source === 'user' && documents.length > 0) {
        const document = pick(random, documents);
        lines.push({ id: '', text: embed(document.text, seed.text, random), source: document.source, origin: 'embedded-in-document', ...base });
      } else if (choice < 0.4 && partners.length > 0) {
        const partner = pick(random, partners);
        const text = random() < 0.5 ? join2(partner.text, seed.text, random) : join2(seed.text, partner.text, random);
        lines.push({ id: '', text, source: seed.source, origin: 'joined-with-benign', ...base });
      } else {
        const operation = pick(random, soloRewrites);
        lines.push({ id: '', text: operation(seed.text, random), source: seed.source, origin: `rewritten:${operation.name || 'strip'}`, ...base });
      }
    }
  }
  return numbered(distinctTexts(lines), 'pi');
}

interface SafetyLine {
  id: string;
  text: string;
  labels: string[];
  role: string;
  group: string;
  lang: string;
  origin: string;
}

function buildSafety(seeds: (SafetySeed & Grouped)[]): SafetyLine[] {
  const lines: SafetyLine[] = [];
  const benignBySplit = new Map<string, (SafetySeed & Grouped)[]>();
  for (const seed of seeds) if (seed.labels.length === 0) (benignBySplit.get(seed.split) ?? benignBySplit.set(seed.split, []).get(seed.split)!).push(seed);
  for (const seed of seeds) {
    const random = createRandom(hashOf(seed.group + seed.text));
    let text = neutralPlaceholders(seed.text);
    if (seed.labels.length === 0 && seed.role === 'model' && random() < 0.2) text = insertPlaceholder(text, random);
    const base = { labels: [...seed.labels], role: seed.role, group: seed.group, lang: seed.lang };
    lines.push({ id: '', text, origin: 'seed', ...base });
    for (let rewrite = 0; rewrite < rewritesPerSeed.safety; rewrite++) {
      const partners = (benignBySplit.get(seed.split) ?? []).filter((other) => other.group !== seed.group && other.role === seed.role);
      if (random() < 0.25 && partners.length > 0) {
        const partner = neutralPlaceholders(pick(random, partners).text);
        lines.push({ id: '', text: random() < 0.5 ? join2(partner, text, random) : join2(text, partner, random), origin: 'joined-with-benign', ...base });
      } else {
        const operation = pick(random, soloRewrites);
        lines.push({ id: '', text: operation(text, random), origin: `rewritten:${operation.name || 'strip'}`, ...base });
      }
    }
  }
  return numbered(distinctTexts(lines), 'cs');
}

function hashOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32LE(0);
}

function numbered<T extends { id: string }>(lines: T[], prefix: string): T[] {
  return lines.map((line, index) => ({ ...line, id: `${prefix}-${String(index + 1).padStart(5, '0')}` }));
}

function writeJsonl(path: string, lines: readonly object[]): { lines: number; sha256: string } {
  const text = `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`;
  writeFileSync(path, text);
  return { lines: lines.length, sha256: createHash('sha256').update(text).digest('hex') };
}

function countBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) for (const key of keys(item)) counts[key] = (counts[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

const injectionSeeds = distinctTexts(readSeeds(seedDirectory, 'pi-', injectionSeedSchema).map(grouped));
const safetySeeds = distinctTexts(readSeeds(seedDirectory, 'cs-', safetySeedSchema).map(grouped));
const injection = buildInjection(injectionSeeds);
const safety = buildSafety(safetySeeds);
const seedFiles = Object.fromEntries(
  [...new Set([...injectionSeeds, ...safetySeeds].map((seed) => seed.file))].sort().map((file) => {
    const text = readFileSync(join(seedDirectory, file), 'utf8');
    return [`seed/${file}`, { lines: text.trim().split('\n').length, sha256: createHash('sha256').update(text).digest('hex') }];
  }),
);
const outputs = {
  'prompt-injection.jsonl': { ...writeJsonl(join(corpusDirectory, 'prompt-injection.jsonl'), injection), seeds: injectionSeeds.length, byLabel: countBy(injection, (line) => [line.label]), byLang: countBy(injection, (line) => [line.lang]) },
  'content-safety.jsonl': { ...writeJsonl(join(corpusDirectory, 'content-safety.jsonl'), safety), seeds: safetySeeds.length, byLabel: countBy(safety, (line) => (line.labels.length ? line.labels : ['BENIGN'])), byLang: countBy(safety, (line) => [line.lang]) },
};
const manifest = {
  description: 'Training sets of the prompt-injection and content-safety detectors, built by scripts/threat-corpus/build.ts from seeds this project wrote.',
  seeds: seedFiles,
  outputs,
  setSha256: createHash('sha256').update(JSON.stringify([seedFiles, outputs])).digest('hex'),
};
writeFileSync(join(corpusDirectory, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${relative(process.cwd(), corpusDirectory)}: prompt-injection ${injection.length} lines from ${injectionSeeds.length} seeds, content-safety ${safety.length} lines from ${safetySeeds.length} seeds`);
