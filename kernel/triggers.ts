// Scan kernel: trigger scan (AssemblyScript; see scan.ts).

import { unitAt } from './chars';

/**
 * The low bytes of text[2 × word] and text[2 × word + 1] as one little-endian 16-bit word, from
 * one 32-bit load. Past the end it reads the zero units the caller writes after every text.
 */
@inline function wordAt(text: usize, word: i32): i32 {
  const units = load<u32>(text + (<usize>word << 2));
  return <i32>((units & 0xff) | ((units >>> 8) & 0xff00));
}

/**
 * The trigger scan of trigger-scan.ts over text[0, length): `bitmap` (8,192 bytes), `slots`
 * (65,537 i32), `entries` (4 i32 each), and per trigger its byte offset and length in `bytes` and
 * `folds`. Writes (trigger id, start) pairs at `out` in the order found; returns their number, or
 * -1 when there are more than `capacity` (the caller then scans in JavaScript).
 */
export function scanTriggers(
  text: usize,
  length: i32,
  bitmap: usize,
  slots: usize,
  entries: usize,
  offsets: usize,
  lengths: usize,
  bytes: usize,
  folds: usize,
  out: usize,
  capacity: i32,
): i32 {
  let found = 0;
  const words = ((length + 4) & ~3) >> 1;
  for (let index = 0; index < words; index++) {
    const word = wordAt(text, index);
    if ((load<u8>(bitmap + <usize>(word >>> 3)) & (1 << (word & 7))) == 0) continue;
    const last = load<i32>(slots + (<usize>(word + 1) << 2)) << 2;
    for (let entry = load<i32>(slots + (<usize>word << 2)) << 2; entry < last; entry += 4) {
      const other = index + load<i32>(entries + (<usize>(entry + 1) << 2));
      if (other < 0 || other >= words) continue;
      const masks = load<i32>(entries + (<usize>(entry + 3) << 2));
      if (((wordAt(text, other) | (masks & 0xffff)) & (masks >>> 16)) != load<i32>(entries + (<usize>(entry + 2) << 2))) continue;
      const head = load<i32>(entries + (<usize>entry << 2));
      const id = head >> 8;
      const start = 2 * index + (head & 255) - 128;
      const size = load<i32>(lengths + (<usize>id << 2));
      if (start < 0 || start + size > length) continue;
      const at = <usize>load<i32>(offsets + (<usize>id << 2));
      let matches = true;
      for (let offset = 0; offset < size; offset++) {
        const code = unitAt(text, start + offset);
        if (code > 0xff || (code | <i32>load<u8>(folds + at + <usize>offset)) != <i32>load<u8>(bytes + at + <usize>offset)) {
          matches = false;
          break;
        }
      }
      if (!matches) continue;
      if (found == capacity) return -1;
      store<i32>(out + (<usize>found << 3), id);
      store<i32>(out + (<usize>found << 3) + 4, start);
      found++;
    }
  }
  return found;
}
