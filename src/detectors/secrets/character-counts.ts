/**
 * Character statistics of short candidate values, computed per code point like a `Set` or `Map`
 * over the string would, with a fast path for ASCII values (the usual case) that allocates nothing.
 */

/** Per ASCII code, its count in the value being measured; every entry is back to 0 between calls. */
const asciiCounts = new Int32Array(128);
/** ASCII codes in order of first appearance in the value being measured. */
const firstSeen = new Int32Array(128);

/** Counts the value's ASCII characters into `asciiCounts`; returns how many distinct, or -1 (counts cleared) when it has a non-ASCII one. */
function countAscii(value: string): number {
  let distinct = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 128) {
      clearCounts(distinct);
      return -1;
    }
    const count = asciiCounts[code]!;
    asciiCounts[code] = count + 1;
    if (count === 0) firstSeen[distinct++] = code;
  }
  return distinct;
}

function clearCounts(distinct: number): void {
  for (let index = 0; index < distinct; index++) asciiCounts[firstSeen[index]!] = 0;
}

/** How many distinct code points the value has (`new Set(value).size`). */
export function distinctCodePoints(value: string): number {
  const distinct = countAscii(value);
  if (distinct < 0) return new Set(value).size;
  clearCounts(distinct);
  return distinct;
}

/**
 * Shannon entropy of the value's code points, in bits per code point. Terms are summed in order of
 * each code point's first appearance, so the result is the same to the last bit on either path.
 */
export function codePointEntropy(value: string): number {
  const distinct = countAscii(value);
  if (distinct < 0) return entropyOfCounts(countCodePoints(value));
  let entropy = 0;
  for (let index = 0; index < distinct; index++) {
    const share = asciiCounts[firstSeen[index]!]! / value.length;
    entropy -= share * Math.log2(share);
  }
  clearCounts(distinct);
  return entropy;
}

function countCodePoints(value: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const char of value) {
    const code = char.codePointAt(0)!;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

function entropyOfCounts(counts: ReadonlyMap<number, number>): number {
  let length = 0;
  for (const count of counts.values()) length += count;
  let entropy = 0;
  for (const count of counts.values()) {
    const share = count / length;
    entropy -= share * Math.log2(share);
  }
  return entropy;
}
