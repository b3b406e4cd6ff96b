// Vouch's scan kernel, in AssemblyScript (compiled to WebAssembly by `npm run build:kernel`).
//
// The hot loops that walk a whole text once per scan: digit runs (shared by the pii recognizers),
// long runs of a character set (base64 and hex candidates) and the secrets trigger scan. Each
// mirrors a JavaScript implementation that stays the reference (`src/text/kernel.ts` documents
// the memory layout; equivalence tests compare both on random and generated texts).
//
// Memory is laid out by the caller: every pointer below is a byte offset, texts are UTF-16 code
// units, columns are i32.

// ---------------------------------------------------------------- digit runs

let letterRuns: i32 = 0;
let idStartRuns: i32 = 0;
let cryptoStartCount: i32 = 0;

/** How many runs the last `digitRuns` call listed as following a letter. */
export function lastLetterRuns(): i32 {
  return letterRuns;
}

/** How many runs the last `digitRuns` call listed as able to start a national id. */
export function lastIdStartRuns(): i32 {
  return idStartRuns;
}

/** How many positions the last `digitRuns` call listed where a cryptocurrency address may start. */
export function lastCryptoStarts(): i32 {
  return cryptoStartCount;
}

@inline function isAlphanumeric(code: i32): bool {
  return isDigit(code) || isLetter(code);
}

/** True when text[from, from + count) lies in the text and is all ASCII letters and digits. */
function isAlphanumericFor(text: usize, length: i32, from: i32, count: i32): bool {
  if (from + count > length) return false;
  for (let index = from; index < from + count; index++) if (!isAlphanumeric(unitAt(text, index))) return false;
  return true;
}

/**
 * Where a cryptocurrency address may start given the digit run [start, end) (crypto.ts): the run
 * itself for base58 ("1…", "3…", long enough) and Ethereum ("0x" and 40 more), two units before
 * it for bech32 ("bc1…"); -1 when none.
 */
function cryptoStartOf(text: usize, length: i32, start: i32, end: i32, before: i32): i32 {
  if (!isAlphanumeric(before)) {
    const first = unitAt(text, start);
    if (first == 49 || first == 51) return end - start >= 26 || isAlphanumericFor(text, length, end, start + 26 - end) ? start : -1;
    return first == 48 && end == start + 1 && end < length && unitAt(text, end) == 120 && isAlphanumericFor(text, length, start + 2, 40) ? start : -1;
  }
  if (before != 99 && before != 67) return -1;
  if (start < 2 || unitAt(text, start) != 49) return -1;
  const b = unitAt(text, start - 2);
  const lower = b == 98 && before == 99;
  const upper = b == 66 && before == 67;
  return (lower || upper) && isAlphanumericFor(text, length, start + 1, 8) ? start - 2 : -1;
}

@inline function isWordCode(code: i32): bool {
  return isDigit(code) || isLetter(code) || code == 95;
}

/**
 * True when a run can start a national id (number-starts.ts): at a word boundary, and 6–16 digits
 * long, or 1–4 digits followed by a space, "." or "-" and another run.
 */
@inline function isIdStart(before: i32, length: i32, joiner: i32): bool {
  if (isWordCode(before)) return false;
  if (length >= 6) return length <= 16;
  return length <= 4 && (joiner == 32 || joiner == 46 || joiner == 45);
}

@inline function unitAt(text: usize, index: i32): i32 {
  return <i32>load<u16>(text + (<usize>index << 1));
}

@inline function isDigit(code: i32): bool {
  return <u32>(code - 48) < 10;
}

@inline function isLetter(code: i32): bool {
  return <u32>((code | 32) - 97) < 26;
}

@inline function isChainSeparator(code: i32): bool {
  return code == 32 || code == 40 || code == 41 || code == 43 || code == 45 || code == 46 || code == 47;
}

@inline function column(out: usize, capacity: i32, which: i32, row: i32): usize {
  return out + ((<usize>which * <usize>capacity + <usize>row) << 2);
}

/**
 * Every maximal run of ASCII digits in text[0, length), in order, written as columns of
 * `capacity` rows at `out`: 0 starts, 1 ends, 2 the code before (-1 at the start), 3 the one
 * joining code to the next run (-1 unless exactly one character lies between), 4 chain digits, 5
 * the numbers of the runs that follow a letter (or a letter and one space or hyphen), 6 the
 * numbers of the runs that can start a national id (`isIdStart`), 7 the positions where a
 * cryptocurrency address may start (`cryptoStartOf`); on return they are closed up into one block
 * at `out` (five columns of `count` rows, then the three lists). Returns the
 * number of runs, or -1 once there are more than `maxRuns` (a dense text, when `denseCheck`).
 */
export function digitRuns(text: usize, length: i32, out: usize, capacity: i32, maxRuns: i32, denseCheck: bool): i32 {
  const fortyEight = i16x8.splat(48);
  const nine = i16x8.splat(9);
  let count = 0;
  let letters = 0;
  let ids = 0;
  let cryptos = 0;
  let previousEnd = -1;
  let index = 0;
  while (index < length) {
    if (index + 8 <= length) {
      const digits = i16x8.le_u(i16x8.sub(v128.load(text + (<usize>index << 1)), fortyEight), nine);
      if (!v128.any_true(digits)) {
        index += 8;
        continue;
      }
    }
    if (!isDigit(unitAt(text, index))) {
      index++;
      continue;
    }
    if (count == maxRuns && denseCheck) return -1;
    const start = index;
    index++;
    while (index < length && isDigit(unitAt(text, index))) index++;
    const before = start > 0 ? unitAt(text, start - 1) : -1;
    if (isLetter(before) || ((before == 32 || before == 45) && start >= 2 && isLetter(unitAt(text, start - 2)))) {
      store<i32>(column(out, capacity, 5, letters++), count);
    }
    if (count > 0) {
      const adjacent = start == previousEnd + 1;
      store<i32>(column(out, capacity, 3, count - 1), adjacent ? before : -1);
      const previous = count - 1;
      const previousStart = load<i32>(column(out, capacity, 0, previous));
      if (isIdStart(load<i32>(column(out, capacity, 2, previous)), previousEnd - previousStart, adjacent ? before : -1)) {
        store<i32>(column(out, capacity, 6, ids++), previous);
      }
      let linked = adjacent ? isChainSeparator(before) : true;
      if (!adjacent) {
        for (let gap = previousEnd; gap < start; gap++) {
          if (!isChainSeparator(unitAt(text, gap))) {
            linked = false;
            break;
          }
        }
      }
      // Column 4 holds "linked to the next run" until the chain digits replace it below.
      store<i32>(column(out, capacity, 4, count - 1), linked ? 1 : 0);
    }
    store<i32>(column(out, capacity, 0, count), start);
    store<i32>(column(out, capacity, 1, count), index);
    store<i32>(column(out, capacity, 2, count), before);
    const crypto = cryptoStartOf(text, length, start, index, before);
    if (crypto >= 0) store<i32>(column(out, capacity, 7, cryptos++), crypto);
    previousEnd = index;
    count++;
  }
  if (count > 0) {
    store<i32>(column(out, capacity, 3, count - 1), -1);
    store<i32>(column(out, capacity, 4, count - 1), 0);
    const lastStart = load<i32>(column(out, capacity, 0, count - 1));
    if (isIdStart(load<i32>(column(out, capacity, 2, count - 1)), previousEnd - lastStart, -1)) store<i32>(column(out, capacity, 6, ids++), count - 1);
  }
  let next = 0;
  for (let run = count - 1; run >= 0; run--) {
    const own = load<i32>(column(out, capacity, 1, run)) - load<i32>(column(out, capacity, 0, run));
    const chain = own + (load<i32>(column(out, capacity, 4, run)) == 1 ? next : 0);
    store<i32>(column(out, capacity, 4, run), chain);
    next = chain;
  }
  letterRuns = letters;
  idStartRuns = ids;
  cryptoStartCount = cryptos;
  // Close up the columns, so the caller copies one block: five of `count` rows, then the three lists.
  let to = out + (<usize>count << 2);
  for (let which = 1; which < 5; which++) {
    memory.copy(to, column(out, capacity, which, 0), <usize>count << 2);
    to += <usize>count << 2;
  }
  memory.copy(to, column(out, capacity, 5, 0), <usize>letters << 2);
  to += <usize>letters << 2;
  memory.copy(to, column(out, capacity, 6, 0), <usize>ids << 2);
  to += <usize>ids << 2;
  memory.copy(to, column(out, capacity, 7, 0), <usize>cryptos << 2);
  return count;
}

// ---------------------------------------------------------------- long runs of a character set

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

/** Appends the pair [start, end) at pair number `pairs` of `out`. */
@inline function storePair(out: usize, pairs: i32, start: i32, end: i32): void {
  store<i32>(out + (<usize>pairs << 3), start);
  store<i32>(out + (<usize>pairs << 3) + 4, end);
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

// ---------------------------------------------------------------- trigger scan

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

// ---------------------------------------------------------------- normalization and validation

/**
 * Appends index + k for each set bit k of `bits` (an 8-unit block's mask, bits past the text's
 * end cleared first) to the positions at `out`, which hold `count`; returns the new count.
 */
@inline function appendBlockPositions(out: usize, count: i32, index: i32, length: i32, bits: i32): i32 {
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

// ---------------------------------------------------------------- colon, dash and dot anchors

@inline function isHex(code: i32): bool {
  return <u32>(code - 48) < 10 || <u32>((code | 32) - 97) < 6;
}

/**
 * Where a MAC address's anchor starts: ":hh:hh:", "-hh-hh-" (two hex octets between three equal
 * separators) or ".hhhh." (Cisco's middle group), as the regex in mac-address.ts finds them;
 * ascending at `out`, returns their number. Reads past the end see the caller's zero padding.
 */
export function macAnchors(text: usize, length: i32, out: usize): i32 {
  const colon = i16x8.splat(58);
  const dash = i16x8.splat(45);
  const dot = i16x8.splat(46);
  let count = 0;
  for (let index = 0; index < length; index += 8) {
    const at = text + (<usize>index << 1);
    const units = v128.load(at);
    // A ":" or "-" with the same separator three units on, or a "." with another five units on:
    // the rest is checked one candidate at a time.
    const octets = v128.and(v128.or(i16x8.eq(units, colon), i16x8.eq(units, dash)), i16x8.eq(v128.load(at, 6), units));
    const cisco = v128.and(i16x8.eq(units, dot), i16x8.eq(v128.load(at, 10), dot));
    let candidates = i16x8.bitmask(v128.or(octets, cisco));
    if (candidates == 0) continue;
    const left = length - index;
    if (left < 8) candidates &= (1 << left) - 1;
    while (candidates != 0) {
      const position = index + <i32>ctz(candidates);
      candidates &= candidates - 1;
      const separator = unitAt(text, position);
      const anchored =
        separator == 46
          ? isHex(unitAt(text, position + 1)) && isHex(unitAt(text, position + 2)) && isHex(unitAt(text, position + 3)) && isHex(unitAt(text, position + 4))
          : isHex(unitAt(text, position + 1)) && isHex(unitAt(text, position + 2)) && isHex(unitAt(text, position + 4)) && isHex(unitAt(text, position + 5)) && unitAt(text, position + 6) == separator;
      if (!anchored) continue;
      store<i32>(out + (<usize>count << 2), position);
      count++;
    }
  }
  return count;
}

/**
 * The colons an IPv6 address can begin at (ip-address.ts): followed by a hex digit or ":", and
 * starting a chain of colons, each after at most four hex digits, that reaches "::" or a sixth
 * colon. Ascending at `out`; returns their number.
 */
export function ipv6Colons(text: usize, length: i32, out: usize): i32 {
  const colon = i16x8.splat(58);
  let count = 0;
  for (let index = 0; index < length; index += 8) {
    let colons = i16x8.bitmask(i16x8.eq(v128.load(text + (<usize>index << 1)), colon));
    const left = length - index;
    if (left < 8) colons &= (1 << left) - 1;
    while (colons != 0) {
      const at = index + <i32>ctz(colons);
      colons &= colons - 1;
      const next = unitAt(text, at + 1);
      if (next != 58 && !isHex(next)) continue;
      if (!startsIpv6Colons(text, at)) continue;
      store<i32>(out + (<usize>count << 2), at);
      count++;
    }
  }
  return count;
}

function startsIpv6Colons(text: usize, colon: i32): bool {
  let colons = 1;
  let at = colon;
  while (colons < 6) {
    let next = at + 1;
    while (next - at <= 5 && isHex(unitAt(text, next))) next++;
    if (unitAt(text, next) != 58 || next - at > 5) return false;
    if (next == at + 1) return true;
    colons++;
    at = next;
  }
  return true;
}

/**
 * Where "://" or "www." (any case) starts, ascending at `out`, as the anchor regex in url.ts finds
 * them (their occurrences never overlap); returns their number.
 */
export function urlAnchors(text: usize, length: i32, out: usize): i32 {
  const colon = i16x8.splat(58);
  const slash = i16x8.splat(47);
  const w = i16x8.splat(0x77);
  const caseBit = i16x8.splat(0x20);
  const dot = i16x8.splat(46);
  let count = 0;
  for (let index = 0; index < length; index += 8) {
    const at = text + (<usize>index << 1);
    const units = v128.load(at);
    const next = v128.load(at, 2);
    const third = v128.load(at, 4);
    const scheme = v128.and(v128.and(i16x8.eq(units, colon), i16x8.eq(next, slash)), i16x8.eq(third, slash));
    const www = v128.and(
      v128.and(i16x8.eq(v128.or(units, caseBit), w), i16x8.eq(v128.or(next, caseBit), w)),
      v128.and(i16x8.eq(v128.or(third, caseBit), w), i16x8.eq(v128.load(at, 6), dot)),
    );
    const found = i16x8.bitmask(v128.or(scheme, www));
    if (found != 0) count = appendBlockPositions(out, count, index, length, found);
  }
  return count;
}
