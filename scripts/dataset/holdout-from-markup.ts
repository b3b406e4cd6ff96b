/**
 * Builds data/eval/names-holdout.jsonl from names-holdout.txt, where entities are marked inline as
 * [[TYPE:value]]. The holdout is written by hand, apart from the generated set, to check PERSON and
 * LOCATION on text their lexicons were never tuned on. Run: npx tsx scripts/dataset/holdout-from-markup.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseHoldout } from './holdout-markup.js';

const source = new URL('../../data/eval/names-holdout.txt', import.meta.url);
const target = new URL('../../data/eval/names-holdout.jsonl', import.meta.url);
const records = parseHoldout(readFileSync(source, 'utf8'));
writeFileSync(target, records.map((record) => JSON.stringify(record)).join('\n') + '\n');
console.log(records.length, records.reduce((count, record) => count + record.entities.length, 0));
