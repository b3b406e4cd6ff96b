/**
 * `npm run bench:kernel`: the default policy with the scan kernel on and off, interleaved in one
 * process (six rounds of each, alternating), so a machine whose speed drifts during the run moves
 * both sides alike. Prints each side's best and median round in MB/s and their ratio.
 */
import type * as GuardModule from '../src/guard/guard.js';
import type * as KernelModule from '../src/text/kernel.js';
import { importBuilt } from './bench/built.js';
import { mixedText } from './bench/corpus.js';
import { formatRow, measure } from './bench/measure.js';

const sizes = [
  { label: '1 KB', size: 1_024 },
  { label: '10 KB', size: 10_240 },
  { label: '1 MB', size: 1_048_576 },
];
const rounds = 6;
const widths = [7, 12, 14, 12, 14, 8];

async function main(): Promise<void> {
  const { createGuard } = await importBuilt<typeof GuardModule>('guard/guard.js');
  const { useScanKernel } = await importBuilt<typeof KernelModule>('text/kernel.js');
  const guard = createGuard({ policy: 'builtin:default' });
  console.log(`Scan kernel on and off, default policy, mixed text — node ${process.version}, one core, ${rounds} alternating rounds`);
  console.log(formatRow(['size', 'on best', 'on median', 'off best', 'off median', 'ratio'], widths));
  for (const { label, size } of sizes) {
    const texts = Array.from({ length: size >= 1_000_000 ? 8 : 64 }, (_, index) => mixedText(size, size + index));
    const rates: Record<'on' | 'off', number[]> = { on: [], off: [] };
    for (let round = 0; round < rounds; round++) {
      for (const side of ['on', 'off'] as const) {
        useScanKernel(side === 'on');
        rates[side].push((await measure(texts, (text) => guard.checkInput(text), { budgetMs: 400, blocks: 1 })).megabytesPerSecond);
      }
    }
    useScanKernel(true);
    const best = (values: number[]): number => Math.max(...values);
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(formatRow([label, best(rates.on), median(rates.on), best(rates.off), median(rates.off), `${(median(rates.on) / median(rates.off)).toFixed(2)}×`], widths));
  }
}

await main();
