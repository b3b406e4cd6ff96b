import { performance } from 'node:perf_hooks';

export interface Measurement {
  runs: number;
  megabytesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Times `work` on `text` until `budgetMs` is spent (at least `minRuns` runs) after a warm-up. */
export async function measure(text: string, work: (text: string) => unknown, options: { budgetMs?: number; minRuns?: number } = {}): Promise<Measurement> {
  const budget = options.budgetMs ?? 600;
  const minRuns = options.minRuns ?? 5;
  const warmUntil = performance.now() + Math.min(200, budget / 3);
  while (performance.now() < warmUntil) await work(text);
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < budget) {
    const before = performance.now();
    await work(text);
    times.push(performance.now() - before);
  }
  const total = times.reduce((sum, time) => sum + time, 0);
  times.sort((a, b) => a - b);
  const bytes = Buffer.byteLength(text, 'utf8') * times.length;
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
