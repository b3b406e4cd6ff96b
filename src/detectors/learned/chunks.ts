/** Longest chunk a learned detector scores at once, in UTF-16 code units. */
export const chunkSize = 600;
/** How much consecutive chunks share, so a sentence cut at one edge is whole in the next chunk. */
export const chunkOverlap = 100;
/** How far back from a cut a chunk edge may move to land on whitespace. */
const edgeSearch = 80;

/**
 * Spans [start, end) covering `text` in overlapping chunks of at most `size` units, cut at
 * whitespace where one is near; a text up to `size` units is one chunk.
 * @example
 * chunkSpans('short text'); // [[0, 10]]
 */
export function chunkSpans(text: string, size = chunkSize, overlap = chunkOverlap): [number, number][] {
  if (text.length <= size) return [[0, text.length]];
  const spans: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) end = nearWhitespace(text, end, start + size - edgeSearch);
    spans.push([start, end]);
    if (end === text.length) break;
    const next = nearWhitespace(text, end - overlap, end - overlap - edgeSearch);
    start = next > start ? next : end;
  }
  return spans;
}

/** The index just after the last whitespace at or before `at` (not before `limit`), else `at`. */
function nearWhitespace(text: string, at: number, limit: number): number {
  for (let index = at; index > limit && index > 0; index--) {
    const code = text.charCodeAt(index - 1);
    if (code === 32 || code === 10 || code === 9 || code === 13) return index;
  }
  return at;
}
