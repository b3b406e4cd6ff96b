import { performance } from 'node:perf_hooks';

export interface Measurement {
  runs: number;
  /** Throughput of the median block: the budget is spent in `blocks` equal parts, each timed alone. */
  megabytesPerSecond: number;
  /** Throughput of the slowest and the fastest block: how much the machine moved during the cell. */
  slowestBlock: number;
  fastestBlock: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Times `work` over `texts`, each run on the next text in turn (distinct texts, so no cache keyed by
 * text content can help), until `budgetMs` is spent (at least `minRuns` runs) after a warm-up. The
 * budget is cut into `blocks` parts and throughput is the median part's, so a burst of load from
 * elsewhere on a shared machine moves the reported number less than it moves a single total.
 */
export async function measure(
  texts: readonly string[],
  work: (text: string) => unknown,
  options: { budgetMs?: number; minRuns?: number; blocks?: number } = {},
): Promise<Measurement> {
  const budget = options.budgetMs ?? 600;
  const minRuns = options.minRuns ?? 5;
  const blocks = Math.max(1, options.blocks ?? 5);
  const warmUntil = performance.now() + Math.min(200, budget / 3);
  let next = 0;
  const take = (): string => texts[next++ % texts.length]!;
  while (performance.now() < warmUntil) await work(take());
  const times: number[] = [];
  const rates: number[] = [];
  for (let block = 0; block < blocks; block++) {
    let bytes = 0;
    let spent = 0;
    const blockRuns = Math.ceil(minRuns / blocks);
    for (let run = 0; run < blockRuns || spent < budget / blocks; run++) {
      const text = take();
      const before = performance.now();
      await work(text);
      const time = performance.now() - before;
      times.push(time);
      spent += time;
      bytes += Buffer.byteLength(text, 'utf8');
    }
    rates.push(bytes / 1e6 / (spent / 1000));
  }
  times.sort((a, b) => a - b);
  rates.sort((a, b) => a - b);
  return {
    runs: times.length,
    megabytesPerSecond: quantile(rates, 0.5),
    slowestBlock: rates[0]!,
    fastestBlock: rates[rates.length - 1]!,
    p50Ms: quantile(times, 0.5),
    p99Ms: quantile(times, 0.99),
  };
}

function quantile(sorted: readonly number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function formatRow(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells.map((cell, index) => (typeof cell === 'number' ? cell.toFixed(cell < 10 ? 3 : 1) : cell).padStart(widths[index]!)).join('  ');
}

/** "12.3–45.6": a block range, one decimal. */
export function formatRange(low: number, high: number): string {
  return `${low.toFixed(1)}–${high.toFixed(1)}`;
}
