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
import { promptInjectionRules } from '../../src/detectors/prompt-injection/index.js';
import { createRandom } from '../../src/core/random.js';
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

/** The seeds that pass `keep`, by split: partners for a seed come from its own split only. */
function bySplit<T extends Grouped>(seeds: readonly T[], keep: (seed: T) => boolean): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const seed of seeds) {
    if (!keep(seed)) continue;
    const group = groups.get(seed.split);
    if (group) group.push(seed);
    else groups.set(seed.split, [seed]);
  }
  return groups;
}

function buildInjection(seeds: (InjectionSeed & Grouped)[]): InjectionLine[] {
  const lines: InjectionLine[] = [];
  const benignBySplit = bySplit(seeds, (seed) => seed.label === 'benign');
  const documentsBySplit = bySplit(seeds, (seed) => seed.label === 'benign' && seed.source !== 'user');
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
  return lines;
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
  const benignBySplit = bySplit(seeds, (seed) => seed.labels.length === 0);
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
  return lines;
}

function injectionLine(seed: InjectionSeed & Grouped, origin: string): InjectionLine {
  return { id: '', text: seed.text, label: seed.technique ?? 'BENIGN', source: seed.source, group: seed.group, lang: seed.lang, origin };
}

function safetyLine(seed: SafetySeed & Grouped, origin: string): SafetyLine {
  return { id: '', text: neutralPlaceholders(seed.text), labels: [...seed.labels], role: seed.role, group: seed.group, lang: seed.lang, origin };
}

/**
 * Ordinary traffic, so neither model learns that any short everyday text is suspicious: the
 * project's generated PII set (support messages, emails, logs, JSON, code, CSV, documents in nine
 * languages). Trained on only (`split: "train"`): it is easier than the seeds' look-alikes and
 * would flatter the held-out measures.
 */
function backgroundTexts(): { id: string; text: string; group: string; lang: string; origin: string; split: 'train' }[] {
  const lines = readFileSync(join(root, 'data/eval/pii-labelled.jsonl'), 'utf8').trim().split('\n');
  return lines.map((line) => JSON.parse(line) as { id: string; text: string; tags: string[] }).filter((_, index) => index % 2 === 0).map((record) => ({
    id: '',
    text: record.text,
    group: `pii-set#${record.id}`,
    lang: record.tags.find((tag) => tag.startsWith('lang:'))?.slice(5) ?? 'en',
    origin: 'background:pii-labelled',
    split: 'train' as const,
  }));
}

/**
 * A few words cut from each benign seed (1–6 words, from its start or anywhere): short texts, so a
 * model learns that a text with little evidence is ordinary (without them "hi" scored as its
 * classes' priors after the look-alikes pulled every typical benign text below them). Trained on
 * only.
 */
function benignFragments(seeds: readonly (Grouped & { text: string; lang: string })[]): { id: string; text: string; group: string; lang: string; origin: string; split: 'train' }[] {
  return seeds.flatMap((seed) => {
    const random = createRandom(hashOf(`fragment:${seed.text}`));
    const words = seed.text.split(/\s+/).filter((word) => word.length > 0);
    if (words.length < 2) return [];
    const size = 1 + Math.floor(random() * Math.min(6, words.length));
    const start = random() < 0.5 ? 0 : Math.floor(random() * (words.length - size + 1));
    return [{ id: '', text: words.slice(start, start + size).join(' '), group: `fragment#${seed.group}`, lang: seed.lang, origin: 'fragment-of-benign-seed', split: 'train' as const }];
  });
}

function hashOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32LE(0);
}

function numbered<T extends { id: string; text: string }>(lines: T[], prefix: string): T[] {
  return distinctTexts(lines).map((line, index) => ({ ...line, id: `${prefix}-${String(index + 1).padStart(5, '0')}` }));
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
const background = backgroundTexts();
/**
 * Each detector's negatives also hold the other detector's seeds that are negative for it: every
 * content-safety seed is benign for prompt-injection (a harmful request with no injection technique is
 * content-safety's to judge), and every benign prompt-injection seed is benign for content-safety.
 */
// A content-safety seed that one of prompt-injection's rules fires on (a "for my novel" wrapper, say) may be a jailbreak too: left out.
const crossInjection: (InjectionSeed & Grouped)[] = safetySeeds.filter((seed) => !promptInjectionRules.some((rule) => rule.find(seed.text).length > 0)).map((seed) => ({ text: seed.text, lang: seed.lang, family: seed.family, lookalike: false, label: 'benign', technique: null, source: 'user', file: seed.file, group: seed.group, split: seed.split }));
const crossSafety: (SafetySeed & Grouped)[] = injectionSeeds
  .filter((seed) => seed.label === 'benign')
  .map((seed) => ({ text: seed.text, lang: seed.lang, family: seed.family, lookalike: false, labels: [], role: 'user', file: seed.file, group: seed.group, split: seed.split }));
const fragmentsOfBenign = benignFragments([...injectionSeeds.filter((seed) => seed.label === 'benign'), ...safetySeeds.filter((seed) => seed.labels.length === 0)]);
const injection = numbered([...buildInjection(injectionSeeds), ...fragmentsOfBenign.map((line) => ({ ...line, label: 'BENIGN', source: 'user' })), ...crossInjection.map((seed) => injectionLine(seed, 'cross:content-safety')), ...background.map((line) => ({ ...line, label: 'BENIGN', source: 'user' }))], 'pi');
const safety = numbered([...buildSafety(safetySeeds), ...fragmentsOfBenign.map((line) => ({ ...line, labels: [], role: 'user' })), ...crossSafety.map((seed) => safetyLine(seed, 'cross:prompt-injection')), ...background.map((line) => ({ ...line, labels: [], role: 'user' }))], 'cs');
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
