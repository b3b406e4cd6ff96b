import type { z } from 'zod';
import type { Finding, Severity } from '../core/types.js';
import type { TextViews, ViewName } from '../text/types.js';

export const stages = ['input', 'output'] as const;
export type Stage = (typeof stages)[number];

/** Where the text came from; detectors may weigh evidence differently per source. */
export type TextSource = 'user' | 'document' | 'tool' | 'model';

export interface ScanRequest {
  views: TextViews;
  stage: Stage;
  source?: TextSource;
  /** Entity types to report; undefined = all the detector knows. */
  entities?: ReadonlySet<string>;
  /** Canary tokens planted for this conversation; given only to detectors that declare `readsCanaries`. */
  canaries?: readonly string[];
}

export interface DetectorResult {
  /** Every candidate found, including those below any threshold, sorted by start. */
  findings: Finding[];
  /**
   * The detector's score for the whole text, for detectors that score every text (learned
   * models): reported in a check's `scores` even when it is low and no finding was made.
   */
  score?: number;
}

/** Settings a policy rule may give a detector that declares `configure`. */
export interface DetectorSettings {
  /** Path of a model file (written by `vouch train`) to use instead of the built-in one. */
  model?: string;
}

/** A detector family: "pii", "secrets", … Findings carry `detector: id`. */
export interface Detector {
  readonly id: string;
  readonly description: string;
  /** Entity or technique types this detector can emit. */
  readonly entities: readonly string[];
  /** Entity types left off unless a policy turns them on (e.g. low-precision ones). */
  readonly defaultOff?: readonly string[];
  readonly stages: readonly Stage[];
  /** Ids of the decoders whose segments this detector reads; undefined means all of them. */
  readonly decoders?: readonly string[];
  /** True when the detector reads the conversation's canary tokens (the guard derives them only then). */
  readonly readsCanaries?: boolean;
  /** The threshold an entity is acted on at when the policy sets none (default 0.5). */
  defaultThreshold?(entity: string): number | undefined;
  /** A copy of the detector with a rule's settings applied; detectors without it take none. */
  configure?(settings: DetectorSettings): Detector;
  scan(request: ScanRequest): DetectorResult;
}

/** A candidate match inside one view's text; spans index that view's text. */
export interface RecognizerMatch {
  start: number;
  end: number;
  score: number;
  /** Overrides the recognizer's entity, for recognizers that emit several types. */
  type?: string;
  message?: string;
}

/**
 * One pattern family inside a detector, one file each (detectors/pii/credit-card.ts).
 * `recognize` is sync and pure; it validates candidates (checksums, ranges) itself.
 */
export interface Recognizer {
  /** Same as the file name, kebab-case. */
  readonly id: string;
  /** Entity type, e.g. "CREDIT_CARD". */
  readonly entity: string;
  /** Every type this recognizer may emit when it emits more than `entity`. */
  readonly entities?: readonly string[];
  readonly severity?: Severity;
  /** Views to run on; default ['normalized', 'decoded']. */
  readonly views?: readonly ViewName[];
  /**
   * Literal substrings (case-sensitive); when given, the recognizer only runs on a view that
   * contains at least one of them. A cheap way to skip whole texts.
   */
  readonly triggers?: readonly string[];
  /**
   * True when every match holds an ASCII digit (in the view's text, after normalization folds
   * other digits): the recognizer is skipped on a view without one, which most chat messages are.
   */
  readonly needsDigit?: boolean;
  /** Lowercase words that raise the score when they appear shortly before or after the match. */
  readonly context?: readonly string[];
  /** Lowercase words that lower the score (e.g. "order", "isbn" for a number). */
  readonly negativeContext?: readonly string[];
  recognize(text: string): RecognizerMatch[];
}

export type RecognizerConfigSchema = z.ZodType;
