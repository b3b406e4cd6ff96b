/**
 * Runs a rule's regex only where a match can start: within `reach` characters before one of its
 * triggers' occurrences (every match contains a trigger that starts at most `reach` characters
 * into it). Trying a sticky regex at each such position, in order and skipping past each match,
 * gives exactly the matches a global search of the whole text gives, because a global search is
 * that same attempt at every position and can only succeed at these.
 */

/**
 * The inclusive ranges [from, to] of start positions to try, flattened, in order and merged: one
 * per occurrence t, [t - reach, t]. Undefined when there would be more than `limit` positions to
 * try, or more than `limit` occurrences: a search of the whole text is then cheaper.
 */
export function startRanges(occurrences: ReadonlyArray<readonly number[]>, reach: number, limit: number): number[] | undefined {
  let total = 0;
  for (const positions of occurrences) total += positions.length;
  if (total > limit) return undefined;
  const sorted = occurrences.length === 1 ? occurrences[0]! : mergedPositions(occurrences, total);
  const ranges: number[] = [];
  let count = 0;
  for (const position of sorted) {
    const from = Math.max(0, position - reach);
    const last = ranges.length - 1;
    if (ranges.length > 0 && from <= ranges[last]! + 1) {
      count += position - ranges[last]!;
      ranges[last] = Math.max(ranges[last]!, position);
    } else {
      count += position - from + 1;
      ranges.push(from, position);
    }
    if (count > limit) return undefined;
  }
  return ranges;
}

/** Every position of several ascending lists, in one ascending list. */
function mergedPositions(occurrences: ReadonlyArray<readonly number[]>, total: number): Float64Array {
  const merged = new Float64Array(total);
  let count = 0;
  for (const positions of occurrences) for (const position of positions) merged[count++] = position;
  return merged.sort();
}

/**
 * A table of the ASCII codes a match may start with: `characters`, in both cases when `ignoreCase`.
 * Codes from 128 up are never ruled out.
 */
export function startTable(characters: string, ignoreCase: boolean): Uint8Array {
  const table = new Uint8Array(128);
  for (const character of ignoreCase ? characters.toLowerCase() + characters.toUpperCase() : characters) {
    const code = character.charCodeAt(0);
    if (code < 128) table[code] = 1;
  }
  return table;
}

/**
 * Calls `visit` with each non-empty match of a global search of `text`, in order. `regex` must
 * have the `g` flag when `ranges` is undefined (the whole text is searched) and the `y` flag
 * otherwise (it is tried at each position in `ranges`, from `startRanges`, except at an ASCII
 * character that `starts` (from `startTable`) rules out).
 */
export function forEachMatch(
  regex: RegExp,
  text: string,
  ranges: readonly number[] | undefined,
  visit: (match: RegExpExecArray) => void,
  starts?: Uint8Array,
): void {
  if (ranges === undefined) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length === 0) regex.lastIndex++;
      else visit(match);
    }
    return;
  }
  let next = 0;
  for (let range = 0; range < ranges.length; range += 2) {
    for (let position = Math.max(ranges[range]!, next); position <= ranges[range + 1]!; ) {
      const code = text.charCodeAt(position);
      if (starts !== undefined && code < 128 && starts[code] === 0) {
        position++;
        continue;
      }
      regex.lastIndex = position;
      const match = regex.exec(text);
      if (match === null || match[0].length === 0) {
        position++;
        continue;
      }
      visit(match);
      next = position = match.index + match[0].length;
    }
  }
}
