import type { z } from 'zod';
import type { ChatMessage, ChatResponse, Target, TargetContext, ToolDefinition } from '../providers/types.js';

/** One evaluation case after loading: templates already expanded with its variables. */
export interface EvalCase {
  /** Unique within the suite. */
  id: string;
  /** The conversation sent to the target: system prompt (if any), fixed prefix, then the user input. */
  messages: ChatMessage[];
  /**
   * Multi-turn cases: further user turns sent one after the other, each after the target's answer
   * to the previous one; the last answer is the case's output and the whole exchange its transcript.
   */
  turns?: string[];
  /** The user input as written (for reports). */
  input: string;
  vars: Record<string, string>;
  tags: string[];
  /** Extra scorers for this case only (appended to the suite's scorers that apply to it). */
  scorers?: ScorerConfig[];
  /** Expected answer, for scorers that compare (equals, similarity) when they have no `value`. */
  expected?: string;
  /** Tools offered to the target with every turn of this case. */
  tools?: ToolDefinition[];
  /** Free-form data carried into the results (corpus item id, category, parent, mutations…). */
  metadata?: Record<string, unknown>;
}

/** A scorer as written in a suite: its type, the tags it applies to (all cases when absent), and its own settings. */
export interface ScorerConfig {
  type: string;
  /** Only for cases carrying at least one of these tags. */
  tags?: string[];
  [setting: string]: unknown;
}

/** What one scorer said about one output. */
export interface ScoreResult {
  scorer: string;
  pass: boolean;
  /** A number in [0, 1] for graded scorers (1 for pass, 0 for fail otherwise). */
  value: number;
  /** One sentence a reader can check: what was expected and what was found. */
  reason: string;
  /** Extra facts (judge model, prompt hash, matched span…). */
  details?: Record<string, unknown>;
}

/** What a scorer sees: the case, the target's answer and the whole transcript. */
export interface ScoreInput {
  case: EvalCase;
  output: string;
  response?: ChatResponse;
  /** Every message exchanged, the final answer last. */
  transcript: ChatMessage[];
  latencyMs: number;
  signal?: AbortSignal;
}

/** What a scorer may use besides the output: other targets (judges), resolved relative to the suite. */
export interface ScorerContext extends TargetContext {
  /** Builds a target from a target config (for llm-judge). */
  createTarget(config: unknown): Target;
}

/** A compiled scorer, ready to score outputs. */
export type ScoreFunction = (input: ScoreInput) => ScoreResult | Promise<ScoreResult>;

/**
 * A kind of scorer, one file each under src/eval/scorers/. `configSchema` is a strict zod object
 * of its own settings (without `type` and `tags`, which the suite adds).
 */
export interface ScorerKind<Config = unknown> {
  readonly id: string;
  readonly description: string;
  readonly configSchema: z.ZodType<Config>;
  create(config: Config, context: ScorerContext): ScoreFunction;
}

export type CaseStatus = 'pass' | 'fail' | 'error';

/** One case run once against one target (one line of results.jsonl). */
export interface CaseResult {
  id: string;
  /** 0-based repeat index. */
  repeat: number;
  target: string;
  tags: string[];
  input: string;
  output: string;
  scores: ScoreResult[];
  /** pass: every scorer passed; fail: one did not; error: the target or a scorer failed. */
  status: CaseStatus;
  latencyMs: number;
  /** When status is error: what failed. */
  error?: { code: string; message: string };
  /** Multi-turn cases: the exchange. */
  transcript?: ChatMessage[];
  /** Whether the answer came from the response cache. */
  cached?: boolean;
  metadata?: Record<string, unknown>;
}

/** A rate with its Wilson 95% interval. */
export interface RateSummary {
  n: number;
  passed: number;
  failed: number;
  errors: number;
  /** passed / n, errors counted as not passed; 0 when n is 0. */
  passRate: number;
  ci95: [number, number];
}

/** Which inputs produced a run: enough to reproduce it and to prove it in an evidence pack. */
export interface RunProvenance {
  suiteSha256: string;
  /** sha256 of the canonical JSON of the expanded cases, in order. */
  casesSha256: string;
  /** Per target label, sha256 of its canonical config (secrets are never part of a config, only env names). */
  targetSha256: Record<string, string>;
  /** Corpus set hashes when cases came from a red-team corpus. */
  corpusSha256?: string[];
  vouchVersion: string;
  node: string;
}

/** The canonical run record (results.json). */
export interface RunRecord {
  format: 'vouch-run/1';
  runId: string;
  suite: string;
  startedAt: string;
  finishedAt: string;
  provenance: RunProvenance;
  summary: RateSummary & {
    byTag: Record<string, RateSummary>;
    byTarget: Record<string, RateSummary>;
    /** Tags whose pass-rate threshold (suite `thresholds`) was not reached. */
    thresholdFailures: { tag: string; passRate: number; required: number }[];
  };
  cases: CaseResult[];
}
