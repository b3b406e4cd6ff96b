import { performance } from 'node:perf_hooks';

export interface Measurement {
  runs: number;
  megabytesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Times `work` over `texts`, each run on the next text in turn (distinct texts, so no cache keyed by
 * text content can help), until `budgetMs` is spent (at least `minRuns` runs) after a warm-up.
 */
export async function measure(texts: readonly string[], work: (text: string) => unknown, options: { budgetMs?: number; minRuns?: number } = {}): Promise<Measurement> {
  const budget = options.budgetMs ?? 600;
  const minRuns = options.minRuns ?? 5;
  const warmUntil = performance.now() + Math.min(200, budget / 3);
  let next = 0;
  const take = (): string => texts[next++ % texts.length]!;
  while (performance.now() < warmUntil) await work(take());
  const times: number[] = [];
  let bytes = 0;
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < budget) {
    const text = take();
    const before = performance.now();
    await work(text);
    times.push(performance.now() - before);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  const total = times.reduce((sum, time) => sum + time, 0);
  times.sort((a, b) => a - b);
  return {
    runs: times.length,
    megabytesPerSecond: bytes / 1e6 / (total / 1000),
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
