import { scanKernel, type ScanKernel } from '../kernel.js';
import { codeUnitsOf } from './code-units.js';

/** A set of ASCII characters as a membership table over every UTF-16 code unit (one load per test). */
export function asciiSet(characters: string): Uint8Array {
  const members = new Uint8Array(0x10000);
  for (const character of characters) {
    const code = character.charCodeAt(0);
    if (code < 128) members[code] = 1;
  }
  return members;
}

/**
 * Every maximal run of `members` characters at least `minLength` long, as flat [start, end, …]
 * pairs. Probes the last position a run starting at `start` must cover and reads backwards: a
 * non-member there moves `start` past it, so each probe skips up to `minLength` characters and
 * each character is read at most twice.
 */
export function findLongRuns(text: string, members: Uint8Array, minLength: number): number[] {
  const kernel = scanKernel(text);
  return kernel ? findLongRunsInKernel(kernel, text, members, minLength) : findLongRunsInScript(text, members, minLength);
}

/** A set as the kernel reads it: two nibble tables (sixteen units at a time), or the whole 64 KB table. */
interface KernelSet {
  address: number;
  nibbles: boolean;
}

/** Kernel addresses of the sets registered so far. */
const registeredSets = new WeakMap<Uint8Array, KernelSet>();

/**
 * The set as nibble tables (low[16] then high[16], see the kernel's `longNibbleRuns`), or
 * undefined when it holds NUL or a code outside ASCII. Each high nibble 0–7 gets its own bit, set
 * in every low-nibble entry that makes a member with it.
 */
export function nibbleTables(members: Uint8Array): Uint8Array | undefined {
  if (members[0] === 1) return undefined;
  for (let code = 128; code < members.length; code++) if (members[code] === 1) return undefined;
  const tables = new Uint8Array(32);
  for (let code = 1; code < 128; code++) {
    if (members[code] !== 1) continue;
    tables[code & 15]! |= 1 << (code >> 4);
    tables[16 + (code >> 4)] = 1 << (code >> 4);
  }
  return tables;
}

function registerSet(kernel: ScanKernel, members: Uint8Array): KernelSet {
  const tables = nibbleTables(members);
  return tables ? { address: kernel.register(tables), nibbles: true } : { address: kernel.register(members), nibbles: false };
}

/** `findLongRuns` in the scan kernel (text/kernel.ts): sixteen units at a time for an ASCII set, as base64 and hex sets are. */
export function findLongRunsInKernel(kernel: ScanKernel, text: string, members: Uint8Array, minLength: number): number[] {
  let set = registeredSets.get(members);
  if (set === undefined) {
    set = registerSet(kernel, members);
    registeredSets.set(members, set);
  }
  const address = kernel.load(text);
  const out = kernel.output((Math.floor(text.length / (minLength + 1)) + 1) * 8);
  const find = set.nibbles ? kernel.exports.longNibbleRuns : kernel.exports.longRuns;
  const pairs = find(address, text.length, set.address, minLength, out);
  return Array.from(kernel.int32().subarray(out >> 2, (out >> 2) + pairs * 2));
}

/** `findLongRuns` in JavaScript: the reference the kernel's `longRuns` is tested against. */
export function findLongRunsInScript(text: string, members: Uint8Array, minLength: number): number[] {
  const runs: number[] = [];
  const length = text.length;
  if (length < minLength) return runs;
  const units = codeUnitsOf(text);
  let start = 0;
  /** Every unit in [start, verified) is known to be a member. */
  let verified = 0;
  while (start + minLength <= length) {
    const probe = start + minLength - 1;
    let index = probe;
    while (index >= verified && members[units[index] ?? 0] === 1) index -= 1;
    if (index >= verified) {
      start = index + 1;
      verified = probe + 1;
      continue;
    }
    let end = probe + 1;
    while (end < length && members[units[end] ?? 0] === 1) end += 1;
    runs.push(start, end);
    start = end + 1;
    verified = start;
  }
  return runs;
}
