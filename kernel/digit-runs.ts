// Scan kernel: digit runs (AssemblyScript; see scan.ts).

import { unitAt, isDigit, isLetter, isChainSeparator, isAlphanumeric, isWordCode } from './chars';

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


/**
 * True when a run can start a national id (number-starts.ts): at a word boundary, and 6–16 digits
 * long, or 1–4 digits followed by a space, "." or "-" and another run.
 */
@inline function isIdStart(before: i32, length: i32, joiner: i32): bool {
  if (isWordCode(before)) return false;
  if (length >= 6) return length <= 16;
  return length <= 4 && (joiner == 32 || joiner == 46 || joiner == 45);
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
