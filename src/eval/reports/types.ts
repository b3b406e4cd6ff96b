import type { RateSummary, RunRecord } from '../types.js';

/** A two-sided interval on a difference in pass rates, and what it says about a margin. */
export interface NonInferiority {
  lower: number;
  upper: number;
  verdict: 'non-inferior' | 'inferior' | 'inconclusive';
}

/** A paired bootstrap on graded scores (candidate minus baseline). */
export interface ScoreBootstrap {
  meanDifference: number;
  ci: [number, number];
  pValue: number;
}

/** Baseline and candidate on the same cases: McNemar counts, rates and the test's outcome. */
export interface PairedResult {
  /** Cases present in both runs. */
  n: number;
  bothPass: number;
  bothFail: number;
  /** Baseline passed, candidate failed. */
  b: number;
  /** Baseline failed, candidate passed. */
  c: number;
  baselineRate: number;
  candidateRate: number;
  /** candidateRate − baselineRate. */
  difference: number;
  /** McNemar exact p-value. */
  pValue: number;
  /** Holm-adjusted p-value, when this result is one of a family (per tag). */
  adjustedP?: number;
  /** Whether the (adjusted) p-value is below alpha. */
  significant: boolean;
  nonInferiority?: NonInferiority;
  scoreBootstrap?: ScoreBootstrap;
}

/** A candidate run compared with a baseline run, overall and per tag. */
export interface Comparison {
  baselineRunId: string;
  candidateRunId: string;
  /** Non-inferiority margin on the pass rate. */
  delta: number;
  alpha: number;
  overall: PairedResult;
  byTag: Record<string, PairedResult>;
  /** Tags significantly worse after Holm. */
  regressions: string[];
}

/**
 * Red-team outcome per category. In `attacks`, passRate is the attack success rate; in `benign`,
 * passRate is the false refusal rate (both: lower is better).
 */
export interface RedteamSummary {
  byCategory: Record<string, { attacks: RateSummary; benign: RateSummary }>;
  attackSuccess: RateSummary;
  falseRefusal: RateSummary;
}

/** Everything a report can show: the run, and optionally its comparison and red-team summary. */
export interface ReportInput {
  run: RunRecord;
  comparison?: Comparison;
  redteam?: RedteamSummary;
}

/** A report format, one file each under src/eval/reports/; `render` is pure and synchronous. */
export interface ReportFormat {
  /** kebab-case, same as the file name ("junit"). */
  readonly id: string;
  readonly description: string;
  /** File extension without the dot ("xml"). */
  readonly extension: string;
  render(input: ReportInput): string;
}
