import { isWordCode } from '../characters.js';
import { digitRuns, type DigitRuns } from '../digit-runs.js';

/** Longest leading digit group indexed; no national id starts with a longer unbroken run. */
export const maxLeadingGroup = 16;

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

function isIdSeparatorCode(code: number): boolean {
  return code === 32 || code === 46 || code === 45;
}

/**
 * True when a digit run can start a national id: it begins at a word boundary and is a short group
 * (1–4 digits) followed by a separator and a digit ("401 023 2137", "529.982.247-25"), or an
 * unbroken run of 6–16 digits ("4010232137", "850709-9805", "12345678Z"). Short numbers standing
 * alone ("3 items", "45") are left out, which keeps the index small on logs.
 */
function isIdStart(runs: DigitRuns, run: number): boolean {
  if (isWordCode(runs.before[run]!)) return false;
  const length = runs.ends[run]! - runs.starts[run]!;
  if (length >= 6) return length <= maxLeadingGroup;
  return length <= 4 && isIdSeparatorCode(runs.joiner[run]!);
}

/**
 * The digit runs (by index) where an id-shaped number begins, bucketed by the run's length, kept
 * as long as the text's digit runs are.
 */
function indexNumberStarts(runs: DigitRuns): NumberStartIndex {
  for (const entry of cache) if (entry.runs === runs) return entry.index;
  const buckets: (number[] | undefined)[] = new Array<number[] | undefined>(maxLeadingGroup + 1);
  for (let run = 0; run < runs.count; run++) {
    if (isIdStart(runs, run)) (buckets[runs.ends[run]! - runs.starts[run]!] ??= []).push(run);
  }
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
