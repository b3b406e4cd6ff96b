/**
 * `npm run bench`: throughput and latency of each detector and of the default policy on generated
 * mixed text (1 KB, 2 KB, 10 KB, 1 MB), then the time of each pathological input. One core.
 * Each cell's budget is spent in five timed blocks: MB/s is the median block's, and the slowest
 * and fastest blocks are printed beside it, so a noisy shared machine shows as a wide range.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type * as DetectorsModule from '../src/detectors/index.js';
import type * as GuardModule from '../src/guard/guard.js';
import type * as KernelModule from '../src/text/kernel.js';
import type * as ViewsModule from '../src/text/views.js';
import { importBuilt } from './bench/built.js';
import { chatMessages, mixedText, pathologicalInputs, type Density } from './bench/corpus.js';
import { formatRange, formatRow, measure } from './bench/measure.js';
import { benchRunner } from './bench/runner.js';

const sizes = [
  { label: '1 KB', size: 1_024 },
  { label: '2 KB', size: 2_048 },
  { label: '10 KB', size: 10_240 },
  { label: '1 MB', size: 1_048_576 },
];
const widths = [26, 7, 7, 9, 13, 10, 10];
const quick = process.argv.includes('--quick');
/** `--no-kernel`: the whole run on the scan kernel's JavaScript twins (src/text/README.md), for comparison. */
const withoutKernel = process.argv.includes('--no-kernel');
const budgetMs = quick ? 150 : 1_500;

/** Distinct texts of one size (more than any per-text cache holds), built once per size and density. */
const corpora = new Map<string, string[]>();
function corpus(size: number, density: Density): string[] {
  const key = `${size}:${density}`;
  let texts = corpora.get(key);
  if (!texts) {
    const count = size >= 1_000_000 ? 8 : 64;
    texts = Array.from({ length: count }, (_, index) => mixedText(size, size + index, density));
    corpora.set(key, texts);
  }
  return texts;
}

/**
 * A fixed workload that does not involve Vouch (a digit-run regex over 1 MB of generated text,
 * then SHA-256 of 16 MB), best of five: the machine's speed at the moment, so bench runs on
 * shared machines whose speed drifts can be compared.
 */
function referenceMs(): number {
  // Best of five runs of a workload of a few tens of milliseconds.
  const text = mixedText(1_048_576, 42);
  const bytes = Buffer.alloc(16 * 1_048_576, 7);
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    let runs = 0;
    for (const _ of text.matchAll(/\d+/g)) runs++;
    createHash('sha256').update(bytes).digest();
    best = Math.min(best, performance.now() - started + (runs < 0 ? 1 : 0));
  }
  return best;
}

async function main(): Promise<void> {
  if (process.argv.includes('--runner')) return benchRunner(quick);
  const { detectors } = await importBuilt<typeof DetectorsModule>('detectors/index.js');
  const { createGuard } = await importBuilt<typeof GuardModule>('guard/guard.js');
  const { useScanKernel } = await importBuilt<typeof KernelModule>('text/kernel.js');
  const { createTextViews } = await importBuilt<typeof ViewsModule>('text/views.js');
  if (withoutKernel) useScanKernel(false);
  console.log(`Vouch bench — node ${process.version}, one core, ${quick ? 'quick' : 'full'} budget ${budgetMs} ms per cell, scan kernel ${withoutKernel ? 'off' : 'on'}`);
  console.log(`machine reference: ${referenceMs().toFixed(1)} ms for a fixed regex and hashing workload (lower is a faster machine; compare runs by it)`);
  console.log(formatRow(['subject', 'size', 'runs', 'MB/s', 'blocks MB/s', 'p50 ms', 'p99 ms'], widths));
  const guard = createGuard({ policy: 'builtin:default' });
  const subjects: { name: string; run: (text: string) => unknown }[] = [
    ...detectors.units.map((detector) => ({
      name: `detector ${detector.id}`,
      run: (text: string) => detector.scan({ views: createTextViews(text), stage: 'input' as const }),
    })),
    { name: 'default policy (input)', run: (text: string) => guard.checkInput(text) },
    // The two learned threat detectors as a check runs them together (they share n-gram features).
    { name: 'threat detectors (input)', run: (text: string) => guard.checkInput(text, { detectors: ['prompt-injection', 'content-safety'] }) },
  ];
  for (const subject of subjects) {
    for (const { label, size } of sizes) {
      const result = await measure(corpus(size, 'mixed'), subject.run, { budgetMs });
      console.log(formatRow([subject.name, label, String(result.runs), result.megabytesPerSecond, formatRange(result.slowestBlock, result.fastestBlock), result.p50Ms, result.p99Ms], widths));
    }
  }
  console.log('\nDense text (a sensitive line in 1 of 5 parts), default policy:');
  for (const { label, size } of sizes) {
    const result = await measure(corpus(size, 'dense'), (text) => guard.checkInput(text), { budgetMs });
    console.log(formatRow(['default policy (dense)', label, String(result.runs), result.megabytesPerSecond, formatRange(result.slowestBlock, result.fastestBlock), result.p50Ms, result.p99Ms], widths));
  }
  console.log('\nChat messages (60–230 characters, no digits), default policy; latency in microseconds:');
  for (const [label, messages] of [['plain', chatMessages(64, 7)], ['with an e-mail', chatMessages(64, 8, true)]] as const) {
    const result = await measure(messages, (text) => guard.checkInput(text), { budgetMs });
    console.log(`${`chat message, ${label}`.padStart(26)}  ${String(result.runs).padStart(7)}  ${(result.p50Ms * 1000).toFixed(1).padStart(7)} µs p50  ${(result.p99Ms * 1000).toFixed(1).padStart(7)} µs p99`);
  }
  console.log('\nPathological inputs (1 MB each, default policy, one run): every scan must finish');
  for (const [name, text] of Object.entries(pathologicalInputs(1_048_576))) {
    const started = performance.now();
    const result = await guard.checkInput(text);
    console.log(`${name.padStart(26)}  ${(performance.now() - started).toFixed(1).padStart(8)} ms  action=${result.action} findings=${result.findings.length}`);
  }
  await benchRunner(quick);
  console.log(`\nmachine reference at the end: ${referenceMs().toFixed(1)} ms`);
}

await main();
