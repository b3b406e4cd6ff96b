/**
 * Builds data/eval/names-holdout.jsonl from names-holdout.txt, where entities are marked inline as
 * [[TYPE:value]]. The holdout is written by hand, apart from the generated set, to check PERSON and
 * LOCATION on text their lexicons were never tuned on. Run: npx tsx scripts/dataset/holdout-from-markup.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';

const source = new URL('../../data/eval/names-holdout.txt', import.meta.url);
const target = new URL('../../data/eval/names-holdout.jsonl', import.meta.url);
const lines = readFileSync(source, 'utf8').trim().split('\n');
const records = lines.map((line, index) => {
  let text = '';
  const entities: { type: string; start: number; end: number }[] = [];
  let rest = line;
  for (;;) {
    const at = rest.indexOf('[[');
    if (at === -1) { text += rest; break; }
    text += rest.slice(0, at);
    const close = rest.indexOf(']]', at);
    const [type, value] = rest.slice(at + 2, close).split(/:(.*)/s);
    entities.push({ type: type!, start: text.length, end: text.length + value!.length });
    text += value;
    rest = rest.slice(close + 2);
  }
  return { id: `names-${String(index + 1).padStart(3, '0')}`, kind: 'message', text, entities, tags: [] };
});
writeFileSync(target, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(records.length, records.reduce((n, r) => n + r.entities.length, 0));
