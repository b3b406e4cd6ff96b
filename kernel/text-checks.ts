// Scan kernel: normalization and validation (AssemblyScript; see scan.ts).

import { unitAt, appendBlockPositions } from './chars';

/**
 * Positions of every unit outside tab..CR and printable ASCII (what normalization must look at),
 * ascending, at `out`; returns their number. Eight units at a time.
 */
export function specialUnits(text: usize, length: i32, out: usize): i32 {
  const space = i16x8.splat(0x20);
  const printableWidth = i16x8.splat(0x7e - 0x20);
  const tab = i16x8.splat(0x09);
  const controlWidth = i16x8.splat(0x0d - 0x09);
  let count = 0;
  for (let index = 0; index < length; index += 8) {
    const units = v128.load(text + (<usize>index << 1));
    const plain = v128.or(i16x8.le_u(i16x8.sub(units, space), printableWidth), i16x8.le_u(i16x8.sub(units, tab), controlWidth));
    count = appendBlockPositions(out, count, index, length, (~i16x8.bitmask(plain)) & 0xff);
  }
  return count;
}

/** Index of the first lone surrogate (a high one not followed by a low one, or a low one alone), or -1. */
export function firstLoneSurrogate(text: usize, length: i32): i32 {
  const first = i16x8.splat(<i16>0xd800);
  const width = i16x8.splat(0x7ff);
  let index = 0;
  while (index < length) {
    if (index + 8 <= length && !v128.any_true(i16x8.le_u(i16x8.sub(v128.load(text + (<usize>index << 1)), first), width))) {
      index += 8;
      continue;
    }
    const unit = unitAt(text, index);
    if (unit < 0xd800 || unit > 0xdfff) {
      index++;
      continue;
    }
    if (unit >= 0xdc00) return index;
    if (index + 1 < length) {
      const next = unitAt(text, index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 2;
        continue;
      }
    }
    return index;
  }
  return -1;
}
