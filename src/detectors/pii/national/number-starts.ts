import { digitRuns, maxIdLeadingGroup, type DigitRuns } from '../digit-runs.js';

/** Longest leading digit group indexed; no national id starts with a longer unbroken run. */
export const maxLeadingGroup = maxIdLeadingGroup;

/** True when an id whose first digit group has `length` digits can be found through the index. */
export function isIndexedLeadingGroup(length: number): boolean {
  return Number.isInteger(length) && length >= 1 && length <= maxLeadingGroup && length !== 5;
}

/** Run indexes by leading-group length; a length no run has is left out (most texts have few). */
type NumberStartIndex = readonly (readonly number[] | undefined)[];

const noRuns: readonly number[] = Object.freeze([]);

/**
 * Indexes by the digit runs they were read from (compared by identity), newest first, for as many
 * texts as `digitRuns` keeps; a short list, since a WeakMap entry costs more than the index itself.
 */
const cache: { runs: DigitRuns; index: NumberStartIndex }[] = [];
const cacheSize = 4;

/**
 * The digit runs (by index) where an id-shaped number begins (`DigitRuns.idStarts`), bucketed by
 * the run's length, kept as long as the text's digit runs are.
 */
function indexNumberStarts(runs: DigitRuns): NumberStartIndex {
  for (const entry of cache) if (entry.runs === runs) return entry.index;
  const buckets: (number[] | undefined)[] = new Array<number[] | undefined>(maxLeadingGroup + 1);
  for (const run of runs.idStarts) (buckets[runs.ends[run]! - runs.starts[run]!] ??= []).push(run);
  cache.unshift({ runs, index: buckets });
  if (cache.length > cacheSize) cache.pop();
  return buckets;
}

/**
 * Ascending positions of id-shaped numbers in `text` whose leading digit group has one of
 * `lengths` digits (groups of 1–4 digits count only when a separator and a digit follow) and whose
 * digit chain (`DigitRuns.chainDigits`) holds at least `minDigits` digits; undefined for a dense
 * text (see `DigitRuns.dense`).
 * @example
 * numberStarts('a 12 345 b 4010232137', [3, 10]); // [11]: "345" stands alone
 * numberStarts('a 12 345 678 b 4010232137', [2, 10], 10); // [15]: "12 345 678" holds 8 digits
 */
export function numberStarts(text: string, lengths: readonly number[], minDigits = 0): number[] | undefined {
  const runs = digitRuns(text);
  if (runs.dense) return undefined;
  const index = indexNumberStarts(runs);
  const { starts, chainDigits } = runs;
  const found: number[] = [];
  let sorted = true;
  for (const length of lengths) {
    for (const run of index[length] ?? noRuns) {
      if (chainDigits[run]! < minDigits) continue;
      if (found.length > 0 && found[found.length - 1]! > starts[run]!) sorted = false;
      found.push(starts[run]!);
    }
  }
  return sorted ? found : found.sort((a, b) => a - b);
}
