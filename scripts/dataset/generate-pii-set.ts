/**
 * Writes the labelled PII/secrets evaluation set and refreshes the counts in its README.
 * Usage: npx tsx scripts/dataset/generate-pii-set.ts [--count 3000] [--seed vouch-pii-v1] [--out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCount, defaultSeed, generateRecords, toJsonl } from './generate.js';
import { summarize } from './summary.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const defaults = { count: String(defaultCount), seed: defaultSeed, out: resolve(root, 'data/eval/pii-labelled.jsonl'), readme: resolve(root, 'data/eval/README.md') };
const startMarker = '<!-- counts:start -->';
const endMarker = '<!-- counts:end -->';

function refreshReadme(path: string, summary: string): void {
  let readme: string;
  try {
    readme = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start === -1 || end === -1) return;
  writeFileSync(path, `${readme.slice(0, start + startMarker.length)}\n${summary}\n${readme.slice(end)}`);
}

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: defaults.count },
    seed: { type: 'string', default: defaults.seed },
    out: { type: 'string', default: defaults.out },
    readme: { type: 'string', default: defaults.readme },
  },
});
const records = generateRecords({ seed: values.seed, count: Number(values.count) });
writeFileSync(values.out, toJsonl(records));
const summary = summarize(records);
if (resolve(values.out) === defaults.out) refreshReadme(values.readme, summary);
console.log(`wrote ${records.length} records to ${values.out}\n\n${summary}`);
