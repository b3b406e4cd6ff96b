// Scan kernel: colon, dash and dot anchors (AssemblyScript; see scan.ts).

import { unitAt, isHex, appendBlockPositions } from './chars';

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
