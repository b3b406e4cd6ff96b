// Scan kernel: long runs of a character set (AssemblyScript; see scan.ts).

import { unitAt, storePair } from './chars';

/**
 * Every maximal run of `members` characters (a 65,536-byte table, 1 for a member) at least
 * `minLength` long, as [start, end) pairs at `out`; returns the number of pairs. Probes the last
 * position a run starting at `start` must cover and reads backwards, as long-runs.ts does.
 */
export function longRuns(text: usize, length: i32, members: usize, minLength: i32, out: usize): i32 {
  let pairs = 0;
  if (length < minLength) return 0;
  let start = 0;
  let verified = 0;
  while (start + minLength <= length) {
    const probe = start + minLength - 1;
    let index = probe;
    while (index >= verified && load<u8>(members + <usize>unitAt(text, index)) == 1) index--;
    if (index >= verified) {
      start = index + 1;
      verified = probe + 1;
      continue;
    }
    let end = probe + 1;
    while (end < length && load<u8>(members + <usize>unitAt(text, end)) == 1) end++;
    store<i32>(out + (<usize>pairs << 3), start);
    store<i32>(out + (<usize>pairs << 3) + 4, end);
    pairs++;
    start = end + 1;
    verified = start;
  }
  return pairs;
}


/**
 * `longRuns` for an ASCII set without NUL, sixteen code units at a time. The set comes as two
 * 16-byte tables (`tables`: by low nibble, then by high nibble): a byte b is a member when
 * low[b & 15] & high[b >> 4] is not 0. Units are narrowed to bytes first; every unit outside
 * ASCII becomes 0 (negative as i16) or 255, neither of them a member. Same output as `longRuns`.
 */
export function longNibbleRuns(text: usize, length: i32, tables: usize, minLength: i32, out: usize): i32 {
  const low = v128.load(tables);
  const high = v128.load(tables, 16);
  const nibble = i8x16.splat(15);
  const zero = i8x16.splat(0);
  let pairs = 0;
  let runStart = 0;
  for (let index = 0; index < length; index += 16) {
    const bytes = i8x16.narrow_i16x8_u(v128.load(text + (<usize>index << 1)), v128.load(text + (<usize>index << 1), 16));
    const classes = v128.and(i8x16.swizzle(low, v128.and(bytes, nibble)), i8x16.swizzle(high, i8x16.shr_u(bytes, 4)));
    // Bit k set: unit index + k is not a member (or lies past the end).
    let outside = i8x16.bitmask(i8x16.eq(classes, zero));
    const left = length - index;
    if (left < 16) outside |= (0xffff << left) & 0xffff;
    if (outside == 0) continue;
    if (minLength >= 16) {
      // Runs between two non-members of one block are under sixteen long: only the run the first
      // non-member closes can be long enough, and the next one starts after the last.
      const at = index + <i32>ctz(outside);
      if (at - runStart >= minLength) storePair(out, pairs++, runStart, at);
      runStart = index + 32 - <i32>clz(outside);
      continue;
    }
    while (outside != 0) {
      const at = index + <i32>ctz(outside);
      if (at - runStart >= minLength) storePair(out, pairs++, runStart, at);
      runStart = at + 1;
      outside &= outside - 1;
    }
  }
  // A run reaching the end of a text whose length is a multiple of sixteen is still open.
  if (runStart <= length && length - runStart >= minLength) storePair(out, pairs++, runStart, length);
  return pairs;
}
