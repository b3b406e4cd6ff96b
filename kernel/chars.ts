// Helpers shared by the kernel's files (AssemblyScript; see scan.ts).

@inline export function unitAt(text: usize, index: i32): i32 {
  return <i32>load<u16>(text + (<usize>index << 1));
}

@inline export function isDigit(code: i32): bool {
  return <u32>(code - 48) < 10;
}

@inline export function isLetter(code: i32): bool {
  return <u32>((code | 32) - 97) < 26;
}

@inline export function isChainSeparator(code: i32): bool {
  return code == 32 || code == 40 || code == 41 || code == 43 || code == 45 || code == 46 || code == 47;
}

@inline export function isAlphanumeric(code: i32): bool {
  return isDigit(code) || isLetter(code);
}

@inline export function isWordCode(code: i32): bool {
  return isDigit(code) || isLetter(code) || code == 95;
}

@inline export function isHex(code: i32): bool {
  return <u32>(code - 48) < 10 || <u32>((code | 32) - 97) < 6;
}

/** Appends the pair [start, end) at pair number `pairs` of `out`. */
@inline export function storePair(out: usize, pairs: i32, start: i32, end: i32): void {
  store<i32>(out + (<usize>pairs << 3), start);
  store<i32>(out + (<usize>pairs << 3) + 4, end);
}

/**
 * Appends index + k for each set bit k of `bits` (an 8-unit block's mask, bits past the text's
 * end cleared first) to the positions at `out`, which hold `count`; returns the new count.
 */
@inline export function appendBlockPositions(out: usize, count: i32, index: i32, length: i32, bits: i32): i32 {
  let mask = bits;
  const left = length - index;
  if (left < 8) mask &= (1 << left) - 1;
  while (mask != 0) {
    store<i32>(out + (<usize>count << 2), index + <i32>ctz(mask));
    count++;
    mask &= mask - 1;
  }
  return count;
}
