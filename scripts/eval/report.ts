import type { MatchMode } from './match.js';
import type { ErrorExample, EvaluationResult } from './evaluate.js';
import { weakCheckTypes } from './identifiable.js';
import { addCounts, emptyCounts, scoreCounts, type Counts, type Scores } from './metrics.js';

export type ScoredCounts = Counts & Scores & { support: number };

export interface TypeRow {
  type: string;
  overlap: ScoredCounts;
  exact: ScoredCounts;
  /** Overlap scores on named mentions only (bare ids set aside). */
  named: ScoredCounts;
  /** Overlap scores with unidentifiable bare mentions set aside (identifiable.ts). */
  identifiable: ScoredCounts;
}

export interface ErrorGroup {
  error: 'FP' | 'FN';
  type: string;
  /** The surface with letters and digits reduced to classes (a, A, 9), runs collapsed. */
  shape: string;
  count: number;
  example: Omit<ErrorExample, 'error' | 'type' | 'tags'>;
}

/** Everything the eval prints, as plain JSON-ready data. */
export interface EvaluationReport {
  data: { file: string; sha256: string; records: number };
  threshold: number;
  matching: string;
  types: TypeRow[];
  /** Types whose bare mentions the identifiable column sets aside, with the chance that random digits pass their check. */
  weakCheckTypes: { type: string; chance: number }[];
  micro: Record<MatchMode, ScoredCounts>;
  macroF1: Record<MatchMode, number | null>;
  byKind: { kind: string; counts: ScoredCounts }[];
  hardNegativeTags: { tag: string; texts: number; textsWithFalsePositive: number }[];
  unscoredTypes: { type: string; findings: number }[];
  commonErrors: ErrorGroup[];
  predictErrors: EvaluationResult['predictErrors'];
}

function scored(counts: Counts): ScoredCounts {
  return { ...counts, support: counts.tp + counts.fn, ...scoreCounts(counts) };
}

/** Reduces a surface to character classes so that look-alike errors group together. */
export function surfaceShape(surface: string): string {
  return surface
    .replace(/\p{Lu}/gu, 'A')
    .replace(/\p{Ll}|\p{Lo}|\p{Lm}/gu, 'a')
    .replace(/\p{N}/gu, '9')
    .replace(/\s/g, ' ')
    .replace(/(.)\1+/gu, '$1')
    .slice(0, 60);
}

function groupErrors(examples: readonly ErrorExample[], limit: number): ErrorGroup[] {
  const groups = new Map<string, ErrorGroup>();
  for (const item of examples) {
    const shape = surfaceShape(item.surface);
    const key = `${item.error}\u0000${item.type}\u0000${shape}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else {
      const { error, type, tags: _tags, ...rest } = item;
      groups.set(key, { error, type, shape, count: 1, example: { ...rest, surface: rest.surface.slice(0, 120) } });
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.error.localeCompare(b.error) || a.type.localeCompare(b.type) || a.shape.localeCompare(b.shape)).slice(0, limit);
}

function macro(rows: readonly TypeRow[], mode: MatchMode): number | null {
  const values = rows.map((row) => row[mode].f1).filter((value): value is number => value !== null);
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Turns an evaluation result into the report printed as a table and written as JSON. */
export function buildReport(result: EvaluationResult, meta: { file: string; sha256: string; threshold: number; errorLimit?: number }): EvaluationReport {
  const types = [...result.counts.overlap.keys()].map((type) => ({
    type,
    overlap: scored(result.counts.overlap.get(type)!),
    exact: scored(result.counts.exact.get(type) ?? emptyCounts()),
    named: scored(result.countsNamed.get(type) ?? emptyCounts()),
    identifiable: scored(result.countsIdentifiable.get(type) ?? emptyCounts()),
  }));
  types.sort((a, b) => b.overlap.support - a.overlap.support || a.type.localeCompare(b.type));
  const total = (mode: MatchMode): ScoredCounts => scored([...result.counts[mode].values()].reduce((sum, counts) => addCounts(sum, counts), emptyCounts()));
  return {
    data: { file: meta.file, sha256: meta.sha256, records: result.records },
    threshold: meta.threshold,
    matching: 'one-to-one per type; primary: same type and overlapping spans; strict: same type and identical span',
    types,
    weakCheckTypes: [...weakCheckTypes()].map(([type, chance]) => ({ type, chance })),
    micro: { overlap: total('overlap'), exact: total('exact') },
    macroF1: { overlap: macro(types, 'overlap'), exact: macro(types, 'exact') },
    byKind: [...result.countsByKind.entries()].map(([kind, counts]) => ({ kind, counts: scored(counts) })).sort((a, b) => a.kind.localeCompare(b.kind)),
    hardNegativeTags: [...result.hardNegativeTags.entries()].map(([tag, entry]) => ({ tag, ...entry })).sort((a, b) => b.textsWithFalsePositive / b.texts - a.textsWithFalsePositive / a.texts || a.tag.localeCompare(b.tag)),
    unscoredTypes: [...result.unscoredTypes.entries()].map(([type, findings]) => ({ type, findings })).sort((a, b) => b.findings - a.findings || a.type.localeCompare(b.type)),
    commonErrors: groupErrors(result.examples, meta.errorLimit ?? 20),
    predictErrors: result.predictErrors,
  };
}
