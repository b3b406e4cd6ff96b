/** Longest leading digit group indexed; no national id starts with a longer unbroken run. */
export const maxLeadingGroup = 16;
/** How many recent texts keep their index, so every recognizer and view of one scan shares a pass. */
const cacheSize = 4;

/**
 * Numbers a national id can start with: a short group (1–4 digits) followed by a separator and a
 * digit ("401 023 2137", "529.982.247-25"), or an unbroken run of 6–16 digits ("4010232137",
 * "850709-9805", "12345678Z"). Short numbers standing alone ("3 items", "45") are left out, which
 * keeps the index small on number-heavy text such as logs.
 */
const idStart = /\b(?:\d{1,4}(?=[ .-]\d)|\d{6,16}(?!\d))/g;

/** True when an id whose first digit group has `length` digits can be found through the index. */
export function isIndexedLeadingGroup(length: number): boolean {
  return Number.isInteger(length) && length >= 1 && length <= maxLeadingGroup && length !== 5;
}

type NumberStartIndex = readonly (readonly number[])[];

const cache: { text: string; index: NumberStartIndex }[] = [];

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Positions where an id-shaped number begins at a word boundary, bucketed by the length of its
 * leading digit group. One regex pass per text (`test`, so no match objects), shared by every
 * digit-led recognizer through a small cache of recent texts.
 */
function indexNumberStarts(text: string): NumberStartIndex {
  for (const entry of cache) if (entry.text === text) return entry.index;
  const buckets: number[][] = Array.from({ length: maxLeadingGroup + 1 }, () => []);
  idStart.lastIndex = 0;
  while (idStart.test(text)) {
    const end = idStart.lastIndex;
    let start = end - 1;
    while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
    buckets[end - start]!.push(start);
  }
  cache.unshift({ text, index: buckets });
  if (cache.length > cacheSize) cache.pop();
  return buckets;
}

/**
 * Ascending positions of id-shaped numbers in `text` whose leading digit group has one of
 * `lengths` digits (groups of 1–4 digits count only when a separator and a digit follow).
 * @example
 * numberStarts('a 12 345 b 4010232137', [3, 10]); // [11]: "345" stands alone
 */
export function numberStarts(text: string, lengths: readonly number[]): readonly number[] {
  const index = indexNumberStarts(text);
  const lists = lengths.map((length) => index[length] ?? []).filter((list) => list.length > 0);
  if (lists.length === 0) return [];
  return lists.length === 1 ? lists[0]! : mergeAscending(lists);
}

/** Merges a few ascending lists into one ascending list. */
function mergeAscending(lists: readonly (readonly number[])[]): number[] {
  const heads = lists.map(() => 0);
  const merged: number[] = [];
  for (;;) {
    let smallest = -1;
    for (let list = 0; list < lists.length; list++) {
      const value = lists[list]![heads[list]!];
      if (value !== undefined && (smallest === -1 || value < lists[smallest]![heads[smallest]!]!)) smallest = list;
    }
    if (smallest === -1) return merged;
    merged.push(lists[smallest]![heads[smallest]!]!);
    heads[smallest]!++;
  }
}
