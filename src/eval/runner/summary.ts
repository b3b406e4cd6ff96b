import { wilsonInterval } from '../stats/wilson.js';
import type { CaseResult, RateSummary } from '../types.js';

interface Counts {
  n: number;
  passed: number;
  failed: number;
  errors: number;
}

/** Pass, fail and error counts of a group with its pass rate and Wilson 95% interval (errors count as not passed). */
export function rateSummary(counts: Counts): RateSummary {
  return { ...counts, passRate: counts.n === 0 ? 0 : counts.passed / counts.n, ci95: wilsonInterval(counts.passed, counts.n) };
}

/** Counts results as they stream by: overall, per tag and per target. */
export interface SummaryAccumulator {
  add(result: Pick<CaseResult, 'status' | 'tags' | 'target'>): void;
  overall(): RateSummary;
  byTag(): Record<string, RateSummary>;
  byTarget(): Record<string, RateSummary>;
}

export function createSummaryAccumulator(): SummaryAccumulator {
  const overall: Counts = { n: 0, passed: 0, failed: 0, errors: 0 };
  const tags = new Map<string, Counts>();
  const targets = new Map<string, Counts>();
  const bump = (counts: Counts, status: CaseResult['status']): void => {
    counts.n++;
    if (status === 'pass') counts.passed++;
    else if (status === 'fail') counts.failed++;
    else counts.errors++;
  };
  const group = (map: Map<string, Counts>, key: string): Counts => {
    let counts = map.get(key);
    if (!counts) map.set(key, (counts = { n: 0, passed: 0, failed: 0, errors: 0 }));
    return counts;
  };
  const summarize = (map: Map<string, Counts>): Record<string, RateSummary> =>
    Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, counts]) => [key, rateSummary(counts)]));
  return {
    add(result) {
      bump(overall, result.status);
      for (const tag of new Set(result.tags)) bump(group(tags, tag), result.status);
      bump(group(targets, result.target), result.status);
    },
    overall: () => rateSummary(overall),
    byTag: () => summarize(tags),
    byTarget: () => summarize(targets),
  };
}

/** Tags (and `overall`) whose pass rate is below the suite's threshold for them. */
export function thresholdFailures(thresholds: Readonly<Record<string, number>>, overall: RateSummary, byTag: Readonly<Record<string, RateSummary>>): { tag: string; passRate: number; required: number }[] {
  return Object.entries(thresholds)
    .map(([tag, required]) => ({ tag, required, passRate: tag === 'overall' ? overall.passRate : (byTag[tag]?.passRate ?? 0) }))
    .filter((entry) => entry.passRate < entry.required);
}
