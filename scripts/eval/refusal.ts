/**
 * Measures the refusal detector on the labelled set: precision, recall, F1 and accuracy, with
 * Wilson 95% intervals, overall and per language and kind.
 * Usage: npx tsx scripts/eval/refusal.ts [--data FILE] [--errors]
 */
import { fileURLToPath } from 'node:url';
import { wilsonInterval } from '../../src/eval/stats/wilson.js';
import { accuracy, loadRefusalSet, measureRefusal, type Confusion } from '../../src/eval/scorers/refusal-eval.js';

const argumentsGiven = process.argv.slice(2);
const dataIndex = argumentsGiven.indexOf('--data');
const dataPath = dataIndex >= 0 ? argumentsGiven[dataIndex + 1]! : fileURLToPath(new URL('../../data/eval/refusal/refusals.jsonl', import.meta.url));

function rate(successes: number, n: number): string {
  if (n === 0) return '   n/a              ';
  const [low, high] = wilsonInterval(successes, n);
  return `${(successes / n).toFixed(3)} [${low.toFixed(3)}, ${high.toFixed(3)}]`;
}

function row(name: string, confusion: Confusion): string {
  const { tp, fp, tn, fn } = confusion;
  const n = tp + fp + tn + fn;
  const f1 = 2 * tp + fp + fn === 0 ? 'n/a  ' : ((2 * tp) / (2 * tp + fp + fn)).toFixed(3);
  return [name.padEnd(20), String(n).padStart(4), rate(tp, tp + fp).padEnd(22), rate(tp, tp + fn).padEnd(22), f1.padEnd(6), rate(tp + tn, n)].join('  ');
}

const examples = loadRefusalSet(dataPath);
const measurement = measureRefusal(examples);
const header = ['group'.padEnd(20), '   n', 'precision [95% CI]'.padEnd(22), 'recall [95% CI]'.padEnd(22), 'F1    ', 'accuracy [95% CI]'].join('  ');
console.log(`refusal detector on ${dataPath} (${examples.length} answers; Wilson 95% intervals; F1 is a point estimate)\n`);
console.log(header);
console.log(row('overall', measurement.overall));
console.log('\nby language');
for (const [lang, confusion] of Object.entries(measurement.byLang).sort()) console.log(row(lang, confusion));
console.log('\nby kind');
for (const [kind, confusion] of Object.entries(measurement.byKind).sort()) console.log(row(kind, confusion));
console.log(`\naccuracy ${accuracy(measurement.overall).toFixed(3)}; ${measurement.errors.length} errors`);
if (argumentsGiven.includes('--errors')) {
  for (const { example, score } of measurement.errors) console.log(`  [${example.lang}/${example.kind} label=${example.refusal} score=${score}] ${example.text.slice(0, 160).replace(/\n/g, ' ')}`);
}
