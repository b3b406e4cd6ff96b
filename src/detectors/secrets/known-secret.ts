import type { RecognizerMatch } from '../types.js';
import type { SecretRecognizer } from './define-secret-rule.js';
import { createTaskMemo } from './task-memo.js';
import type { TriggerOccurrences } from './trigger-index.js';

/** Whether a format-specific rule reports a secret overlapping [start, end) of `text`. */
export type KnownSecretCheck = (text: string, start: number, end: number) => boolean;

/** Where the rules' triggers occur in a text (a TriggerIndex's `occurrences`). */
export type OccurrencesOf = (text: string) => TriggerOccurrences;

/** The rules (of any set) that may match in a text because one of their triggers occurs there (a TriggerGate's `candidates`). */
export type CandidatesOf = (text: string) => readonly SecretRecognizer[];

/**
 * Builds the check that generic rules (passwords, `api_key=`, URLs with credentials) use to step
 * aside when a format-specific rule already reports the same span under its precise type. The
 * rules' matches near their triggers (memoized per task; the engine runs the format rules before
 * the generic ones) are merged once per text, so each check is a binary search. Given
 * `candidatesOf`, only the rules it names for a text are asked.
 */
export function createKnownSecretCheck(rules: readonly SecretRecognizer[], occurrencesOf: OccurrencesOf, candidatesOf?: CandidatesOf): KnownSecretCheck {
  const memo = createTaskMemo<KnownSpans>();
  const known = new Set(rules);
  return (text, start, end) => {
    const spans = memo.get(text, () => {
      const occurrences = occurrencesOf(text);
      const near = candidatesOf ? candidatesOf(text).filter((rule) => known.has(rule)) : rules;
      return knownSpans(near.flatMap((rule) => rule.matches(text, occurrences)));
    });
    return overlapsAny(spans, start, end);
  };
}

/** Spans sorted by start, with the furthest end reached by each prefix (spans of different rules may overlap). */
export interface KnownSpans {
  starts: Float64Array;
  furthestEnds: Float64Array;
}

/** Sorts matches by start and records, for each, the furthest end among it and those before it. */
export function knownSpans(matches: readonly RecognizerMatch[]): KnownSpans {
  const sorted = [...matches].sort((left, right) => left.start - right.start);
  const starts = new Float64Array(sorted.length);
  const furthestEnds = new Float64Array(sorted.length);
  let furthest = -Infinity;
  sorted.forEach((match, index) => {
    starts[index] = match.start;
    furthest = Math.max(furthest, match.end);
    furthestEnds[index] = furthest;
  });
  return { starts, furthestEnds };
}

/** Does any span overlap [start, end)? The last span starting before `end` carries the furthest end of all such spans. */
export function overlapsAny(spans: KnownSpans, start: number, end: number): boolean {
  let low = 0;
  let high = spans.starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans.starts[middle]! < end) low = middle + 1;
    else high = middle;
  }
  return low > 0 && spans.furthestEnds[low - 1]! > start;
}
