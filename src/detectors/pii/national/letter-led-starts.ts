import { isLetterCode, isWordCode } from '../characters.js';
import { digitRuns } from '../digit-runs.js';

/**
 * Where the first digit group of a letter-led id sits: characters before it, and its possible
 * lengths. The id itself starts with an ASCII letter at a word boundary (its pattern with `\b[`…).
 */
export interface DigitPlacement {
  offsets: readonly number[];
  lengths: readonly number[];
}

/** True when an ASCII letter starts a word at `index`. */
function startsWord(text: string, index: number): boolean {
  return isLetterCode(text.charCodeAt(index)) && !isWordCode(text.charCodeAt(index - 1));
}

/** Each placement's offsets, longest first, sorted once per placement rather than once per scan. */
const descendingOffsets = new WeakMap<DigitPlacement, readonly number[]>();

function offsetsLongestFirst(placement: DigitPlacement): readonly number[] {
  let offsets = descendingOffsets.get(placement);
  if (offsets === undefined) {
    offsets = [...placement.offsets].sort((a, b) => b - a);
    descendingOffsets.set(placement, offsets);
  }
  return offsets;
}

/**
 * Where a letter-led id can start, ascending: each offset before every digit run of one of the
 * placement's lengths that follows an ASCII letter, or a letter and one space or hyphen, where a
 * letter starts a word. Undefined for a dense text (see `DigitRuns.dense`).
 * @example
 * startsBeforeDigits('PAN ABCPK1234Q, ref A1', { offsets: [5], lengths: [4] }); // [4]
 */
export function startsBeforeDigits(text: string, placement: DigitPlacement): number[] | undefined {
  const { dense, starts, ends, afterLetters } = digitRuns(text);
  if (dense) return undefined;
  const offsets = offsetsLongestFirst(placement);
  const candidates: number[] = [];
  let sorted = true;
  for (const run of afterLetters) {
    const digitStart = starts[run]!;
    if (!placement.lengths.includes(ends[run]! - digitStart)) continue;
    for (const offset of offsets) {
      if (offset > digitStart || !startsWord(text, digitStart - offset)) continue;
      if (candidates.length > 0 && candidates[candidates.length - 1]! > digitStart - offset) sorted = false;
      candidates.push(digitStart - offset);
    }
  }
  return sorted ? candidates : candidates.sort((a, b) => a - b);
}
