import type { CaseResult, RateSummary, RunRecord } from '../../types.js';

/** Wilson 95% interval for `passed` out of `n` (z = 1.96), [0, 0] when n is 0. */
export function wilsonInterval(passed: number, n: number): [number, number] {
  if (n === 0) return [0, 0];
  const z = 1.959964;
  const rate = passed / n;
  const denominator = 1 + (z * z) / n;
  const center = (rate + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((rate * (1 - rate)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, center - half), Math.min(1, center + half)];
}

/** A RateSummary from counts (errors count as not passed). */
export function rateSummary(passed: number, failed: number, errors = 0): RateSummary {
  const n = passed + failed + errors;
  return { n, passed, failed, errors, passRate: n === 0 ? 0 : passed / n, ci95: wilsonInterval(passed, n) };
}

/** The RateSummary of some case results. */
export function summarizeCases(cases: readonly CaseResult[]): RateSummary {
  const count = (status: CaseResult['status']) => cases.filter((result) => result.status === status).length;
  return rateSummary(count('pass'), count('fail'), count('error'));
}

function groupSummaries(cases: readonly CaseResult[], keysOf: (result: CaseResult) => string[]): Record<string, RateSummary> {
  const groups = new Map<string, CaseResult[]>();
  for (const result of cases) {
    for (const key of keysOf(result)) {
      const members = groups.get(key);
      if (members === undefined) groups.set(key, [result]);
      else members.push(result);
    }
  }
  return Object.fromEntries([...groups].map(([key, members]) => [key, summarizeCases(members)]));
}

/** A complete run record around some case results, with summaries computed from them. */
export function buildRun(cases: CaseResult[], options: { suite?: string; thresholds?: Record<string, number> } = {}): RunRecord {
  const byTag = groupSummaries(cases, (result) => result.tags);
  const thresholdFailures = Object.entries(options.thresholds ?? {})
    .filter(([tag, required]) => (byTag[tag]?.passRate ?? 0) < required)
    .map(([tag, required]) => ({ tag, passRate: byTag[tag]?.passRate ?? 0, required }));
  return {
    format: 'vouch-run/1',
    runId: 'run-2026-05-04-candidate',
    suite: options.suite ?? 'evals/support-bot.yaml',
    startedAt: '2026-05-04T09:00:00.000Z',
    finishedAt: '2026-05-04T09:03:12.500Z',
    provenance: {
      suiteSha256: 'a'.repeat(64),
      casesSha256: 'b'.repeat(64),
      targetSha256: { 'gpt-small': 'c'.repeat(64), guarded: 'd'.repeat(64) },
      vouchVersion: '0.1.0',
      node: 'v20.19.0',
    },
    summary: { ...summarizeCases(cases), byTag, byTarget: groupSummaries(cases, (result) => [result.target]), thresholdFailures },
    cases,
  };
}

/** Text meant to break out of every format: markup, CDATA end, comment start, pipes, controls. */
export const hostileText = 'Sure! <script>alert(1)</script></script><!-- ]]> | a|b & "q" \'s\' \u0000\u0007\u001b[31m \uD800 end';

type CaseOptions = Partial<CaseResult> & Pick<CaseResult, 'id' | 'status'>;

/** A case result with plausible defaults; a fail gets one failing scorer unless `scores` is given. */
export function caseResult(options: CaseOptions): CaseResult {
  const passing = { scorer: 'contains', pass: true, value: 1, reason: 'expected "help" in the output; found it' };
  const failing = { scorer: 'contains', pass: false, value: 0, reason: 'expected "30 days" in the output; not found' };
  return {
    repeat: 0,
    target: 'gpt-small',
    tags: [],
    input: `Input of ${options.id}`,
    output: `Output of ${options.id}`,
    scores: options.status === 'pass' ? [passing] : options.status === 'fail' ? [failing] : [],
    latencyMs: 420,
    ...options,
  };
}
