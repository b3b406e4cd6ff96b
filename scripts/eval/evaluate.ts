import type { Finding } from '../../src/core/types.js';
import type { GoldEntity, LabelledRecord } from './dataset.js';
import { matchSpans, overlapLength, type MatchMode } from './match.js';
import { addCounts, emptyCounts, type Counts } from './metrics.js';
import { isUnidentifiable } from './identifiable.js';
import type { Predict } from './predict.js';

export interface EvaluateOptions {
  predict: Predict;
  /** Findings with a score below this are dropped before matching. */
  threshold: number;
}

/** One missed or spurious span, kept for the error listing. */
export interface ErrorExample {
  error: 'FP' | 'FN';
  type: string;
  recordId: string;
  kind: string;
  start: number;
  end: number;
  surface: string;
  /** The span with up to 30 characters either side, newlines shown as ⏎. */
  context: string;
  /** For a false positive: gold types it overlaps (a type confusion); for a false negative: predicted types on it. */
  overlaps: string[];
  tags: string[];
}

export interface EvaluationResult {
  records: number;
  /** Per type and mode: counts over the whole set. Types are those labelled in the set. */
  counts: Record<MatchMode, Map<string, Counts>>;
  /**
   * Per type, overlap matching on NAMED mentions only: gold marked `unnamed` (a bare id with no
   * word naming its type) and predictions on it are set aside.
   */
  countsNamed: Map<string, Counts>;
  /**
   * Per type, overlap matching with unidentifiable mentions set aside: bare mentions of digit-only
   * ids whose check random digits pass more than 1 time in 50 (identifiable.ts).
   */
  countsIdentifiable: Map<string, Counts>;
  countsByKind: Map<string, Counts>;
  /** Predicted types the set never labels: not scored, reported with their number of findings. */
  unscoredTypes: Map<string, number>;
  /** Hard-negative tag → texts with the tag, and texts with the tag that got at least one false positive. */
  hardNegativeTags: Map<string, { texts: number; textsWithFalsePositive: number }>;
  examples: ErrorExample[];
  /** Records whose predict call threw; they count as no findings. */
  predictErrors: { recordId: string; message: string }[];
}

function countFor(map: Map<string, Counts>, key: string): Counts {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = emptyCounts()));
  return counts;
}

function predictSafely(options: EvaluateOptions, record: LabelledRecord, result: EvaluationResult): Finding[] {
  try {
    return options.predict(record.text).filter((finding) => finding.score >= options.threshold);
  } catch (error) {
    result.predictErrors.push({ recordId: record.id, message: error instanceof Error ? error.message : String(error) });
    return [];
  }
}

function example(record: LabelledRecord, error: 'FP' | 'FN', span: { type: string; start: number; end: number }, others: readonly { type: string; start: number; end: number }[]): ErrorExample {
  return {
    error,
    type: span.type,
    recordId: record.id,
    kind: record.kind,
    start: span.start,
    end: span.end,
    surface: record.text.slice(span.start, span.end),
    context: record.text.slice(Math.max(0, span.start - 30), span.end + 30).replace(/\r?\n/g, '⏎'),
    overlaps: [...new Set(others.filter((other) => other.type !== span.type && overlapLength(other, span) > 0).map((other) => other.type))].sort(),
    tags: record.tags,
  };
}

function scoreRecord(record: LabelledRecord, findings: readonly Finding[], labelled: ReadonlySet<string>, result: EvaluationResult): number {
  const scored = findings.filter((finding) => labelled.has(finding.type));
  for (const finding of findings) if (!labelled.has(finding.type)) result.unscoredTypes.set(finding.type, (result.unscoredTypes.get(finding.type) ?? 0) + 1);
  const types = new Set<string>([...record.entities.map((entity) => entity.type), ...scored.map((finding) => finding.type)]);
  let falsePositives = 0;
  for (const type of types) {
    const gold: GoldEntity[] = record.entities.filter((entity) => entity.type === type);
    const predicted = scored.filter((finding) => finding.type === type);
    for (const mode of ['overlap', 'exact'] as const) {
      const matching = matchSpans(gold, predicted, mode);
      const counts = { tp: matching.pairs.length, fp: matching.unmatchedPredicted.length, fn: matching.unmatchedGold.length };
      addCounts(countFor(result.counts[mode], type), counts);
      if (mode !== 'overlap') continue;
      addCounts(countFor(result.countsByKind, record.kind), counts);
      falsePositives += counts.fp;
      for (const index of matching.unmatchedPredicted) result.examples.push(example(record, 'FP', predicted[index]!, record.entities));
      for (const index of matching.unmatchedGold) result.examples.push(example(record, 'FN', gold[index]!, scored));
    }
    addCounts(countFor(result.countsNamed, type), countsSettingAside(gold, predicted, (entity) => entity.unnamed === true));
    addCounts(countFor(result.countsIdentifiable, type), countsSettingAside(gold, predicted, isUnidentifiable));
  }
  return falsePositives;
}

/**
 * Overlap counts with some gold set aside: a set-aside mention is neither a miss when not found
 * nor a false positive when found (predictions overlapping it are left out too).
 */
export function countsSettingAside(gold: readonly GoldEntity[], predicted: readonly Finding[], setAside: (entity: GoldEntity) => boolean): Counts {
  const asideGold = gold.filter(setAside);
  const kept = predicted.filter((finding) => !asideGold.some((entity) => overlapLength(entity, finding) > 0));
  const matching = matchSpans(gold.filter((entity) => !setAside(entity)), kept, 'overlap');
  return { tp: matching.pairs.length, fp: matching.unmatchedPredicted.length, fn: matching.unmatchedGold.length };
}

/**
 * Scores `predict` against a labelled set: per entity type, one-to-one matching of same-type
 * spans, both by overlap (primary) and by exact span.
 */
export function evaluate(records: readonly LabelledRecord[], options: EvaluateOptions): EvaluationResult {
  const labelled = new Set(records.flatMap((record) => record.entities.map((entity) => entity.type)));
  const result: EvaluationResult = {
    records: records.length,
    counts: { overlap: new Map(), exact: new Map() },
    countsNamed: new Map(),
    countsIdentifiable: new Map(),
    countsByKind: new Map(),
    unscoredTypes: new Map(),
    hardNegativeTags: new Map(),
    examples: [],
    predictErrors: [],
  };
  for (const type of labelled) {
    for (const mode of ['overlap', 'exact'] as const) countFor(result.counts[mode], type);
    countFor(result.countsNamed, type);
    countFor(result.countsIdentifiable, type);
  }
  for (const record of records) {
    const falsePositives = scoreRecord(record, predictSafely(options, record, result), labelled, result);
    for (const tag of record.tags.filter((item) => item.startsWith('hard-negative:'))) {
      const entry = result.hardNegativeTags.get(tag) ?? { texts: 0, textsWithFalsePositive: 0 };
      entry.texts += 1;
      if (falsePositives > 0) entry.textsWithFalsePositive += 1;
      result.hardNegativeTags.set(tag, entry);
    }
  }
  return result;
}
