/**
 * Finds every occurrence of a fixed set of ASCII literals in one pass. The text is copied to a
 * byte buffer (each UTF-16 code unit truncated to its low byte, at native-copy speed), then read
 * two bytes at a time: wherever a literal starts, some pair of its characters sits at an even
 * position, so each literal is indexed by its rarest pair for either parity of its start, and a
 * bitmap of those pairs (8 KB, it stays in cache) skips almost every word. A hit is checked byte
 * by byte, then against the text itself, so a truncated non-Latin-1 character never counts.
 */

import { scanKernel, type ScanKernel } from '../../text/kernel.js';
import { pairFrequency } from './pair-frequency.js';

/** A literal to find; with `ignoreCase` it matches in any ASCII letter case. */
export interface Trigger {
  readonly text: string;
  readonly ignoreCase: boolean;
}

/** The compiled form of a trigger set; build once with `compileTriggers`. */
export interface TriggerTable {
  readonly triggers: readonly Trigger[];
  /** One bit per 16-bit word value that some trigger may show at an even position. */
  readonly bitmap: Uint8Array;
  /** Word value w's candidates are entries `slots[w]` up to `slots[w + 1]` (each `entryWidth` numbers). */
  readonly slots: Int32Array;
  /**
   * Per candidate: trigger id × 256 + 128 + its start relative to the word; the distance in words
   * to a second word to check (0: none); that word's expected value; its care mask × 65536 + fold mask.
   */
  readonly entries: Int32Array;
  /** Per trigger: its bytes, lower-cased when it ignores case. */
  readonly bytes: readonly Uint8Array[];
  /** Per trigger: 0x20 at letters of a case-blind trigger (OR-ed into a text byte before comparing), else 0. */
  readonly folds: readonly Uint8Array[];
}

const entryWidth = 4;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The 16-bit value of two bytes read as one native-endian word. */
function wordOf(first: number, second: number): number {
  return littleEndian ? first | (second << 8) : (first << 8) | second;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** The codes a trigger character matches: itself, and its other case when the trigger ignores case. */
function spellings(code: number, ignoreCase: boolean): number[] {
  return ignoreCase && isAsciiLetter(code) ? [code | 0x20, code & ~0x20] : [code];
}

/**
 * Where a trigger is looked up from: the word at `offset` in the trigger (at an even position of
 * the text; for a two-character trigger at an odd position, offset 1: only its first character is
 * the trigger's) and a second word to check.
 */
interface Anchor {
  offset: number;
  /** Offset in the trigger of the second word checked (an even distance from `offset`), or undefined. */
  checkOffset: number | undefined;
}

/**
 * The anchor for a trigger starting at an even (parity 0) or odd (parity 1) position: its rarest
 * whole pair at an even position, or for a two-character trigger at an odd position the word its
 * last character opens; then the neighbouring word that covers most of the rest.
 */
function anchorOf(text: string, ignoreCase: boolean, parity: number): Anchor {
  let offset = -1;
  let best = Infinity;
  for (let candidate = parity; candidate + 2 <= text.length; candidate += 2) {
    const score = pairFrequency(text.slice(candidate, candidate + 2), ignoreCase);
    if (score < best) [offset, best] = [candidate, score];
  }
  if (offset < 0) offset = 1;
  let checkOffset: number | undefined;
  let covered = 0;
  for (let candidate = parity - 2; candidate < text.length; candidate += 2) {
    const count = Math.min(candidate + 2, text.length) - Math.max(candidate, 0);
    if (candidate !== offset && count > covered) [checkOffset, covered] = [candidate, count];
  }
  return { offset, checkOffset };
}

/** The expected value, care mask and fold mask of the word at `offset` in a trigger (bytes outside the trigger are not cared about). */
function checkValues(bytes: Uint8Array, folds: Uint8Array, offset: number): [expected: number, care: number, fold: number] {
  const inside = (index: number): boolean => index >= 0 && index < bytes.length;
  const lane = (index: number, values: Uint8Array): number => (inside(index) ? values[index]! : 0);
  return [
    wordOf(lane(offset, bytes), lane(offset + 1, bytes)),
    wordOf(inside(offset) ? 0xff : 0, inside(offset + 1) ? 0xff : 0),
    wordOf(lane(offset, folds), lane(offset + 1, folds)),
  ];
}

/** The table entry of a trigger anchored as given: start, distance to the checked word, and that word's values. */
function entryOf(id: number, anchor: Anchor, bytes: Uint8Array, folds: Uint8Array): number[] {
  if (anchor.checkOffset === undefined) return [id * 256 + 128 - anchor.offset, 0, 0, 0];
  const [expected, care, fold] = checkValues(bytes, folds, anchor.checkOffset);
  return [id * 256 + 128 - anchor.offset, (anchor.checkOffset - anchor.offset) / 2, expected, care * 65536 + fold];
}

/**
 * Compiles triggers (2 to 100 printable ASCII characters each) into the tables `scanTriggers` reads.
 * @example
 * const table = compileTriggers([{ text: 'ghp_', ignoreCase: false }, { text: 'key', ignoreCase: true }]);
 */
export function compileTriggers(triggers: readonly Trigger[]): TriggerTable {
  const bytes = triggers.map((trigger) => Uint8Array.from(trigger.text, (char) => (trigger.ignoreCase ? char.toLowerCase() : char).charCodeAt(0)));
  const folds = triggers.map((trigger) => Uint8Array.from(trigger.text, (char) => (trigger.ignoreCase && isAsciiLetter(char.charCodeAt(0)) ? 0x20 : 0)));
  const byWord = new Map<number, Map<string, number[]>>();
  triggers.forEach((trigger, id) => {
    if (!/^[\x20-\x7e]{2,100}$/.test(trigger.text)) throw new Error(`trigger "${trigger.text}" must be 2 to 100 printable ASCII characters`);
    const codes = [...trigger.text].map((char) => spellings(char.charCodeAt(0), trigger.ignoreCase));
    for (const parity of [0, 1]) {
      const anchor = anchorOf(trigger.text, trigger.ignoreCase, parity);
      const entry = entryOf(id, anchor, bytes[id]!, folds[id]!);
      const anyByte = Array.from({ length: 256 }, (_, code) => code);
      for (const first of codes[anchor.offset] ?? anyByte) {
        for (const second of codes[anchor.offset + 1] ?? anyByte) {
          const word = wordOf(first, second);
          byWord.set(word, (byWord.get(word) ?? new Map<string, number[]>()).set(entry.join(), entry));
        }
      }
    }
  });
  return tablesOf(triggers, byWord, { bytes, folds });
}

function tablesOf(triggers: readonly Trigger[], byWord: ReadonlyMap<number, ReadonlyMap<string, number[]>>, parts: Pick<TriggerTable, 'bytes' | 'folds'>): TriggerTable {
  const bitmap = new Uint8Array(65536 / 8);
  const slots = new Int32Array(65537);
  const entries: number[] = [];
  for (let word = 0; word < 65536; word++) {
    slots[word] = entries.length / entryWidth;
    const found = byWord.get(word);
    if (!found) continue;
    bitmap[word >>> 3]! |= 1 << (word & 7);
    for (const entry of found.values()) entries.push(...entry);
  }
  slots[65536] = entries.length / entryWidth;
  return { triggers, bitmap, slots, entries: Int32Array.from(entries), ...parts };
}

/** Texts up to this many code units reuse one scratch buffer; longer ones get their own. */
const scratchLimit = 4 * 1024 * 1024;
let scratch = new Uint8Array(0);

/** The text's code units truncated to bytes, zero-padded to a multiple of four bytes. */
function bytesOf(text: string): Uint8Array {
  const size = (text.length + 4) & ~3;
  let bytes = scratch;
  if (bytes.length < size) {
    bytes = new Uint8Array(Math.max(size, Math.min(scratchLimit, bytes.length * 2)));
    if (bytes.length <= scratchLimit) scratch = bytes;
  }
  Buffer.from(bytes.buffer, bytes.byteOffset, size).write(text, 0, text.length, 'latin1');
  bytes.fill(0, text.length, size);
  return bytes.subarray(0, size);
}

/**
 * Start positions of every occurrence of each trigger in `text`, ascending, indexed like the
 * table's triggers (undefined when a trigger does not occur). Overlapping occurrences all count.
 */
export function scanTriggers(text: string, table: TriggerTable): Array<number[] | undefined> {
  const kernel = scanKernel(text);
  return kernel ? scanTriggersInKernel(kernel, text, table) : scanTriggersInScript(text, table);
}

/** Kernel addresses of a registered table's parts, in the order the kernel's `scanTriggers` takes them. */
type KernelTable = [bitmap: number, slots: number, entries: number, offsets: number, lengths: number, bytes: number, folds: number];

const kernelTables = new WeakMap<TriggerTable, KernelTable>();

function bytesOfArray(array: Int32Array | Uint8Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function registerTable(kernel: ScanKernel, table: TriggerTable): KernelTable {
  const offsets = new Int32Array(table.triggers.length);
  let total = 0;
  table.bytes.forEach((bytes, id) => {
    offsets[id] = total;
    total += bytes.length;
  });
  const bytes = new Uint8Array(total);
  const folds = new Uint8Array(total);
  table.bytes.forEach((part, id) => bytes.set(part, offsets[id]));
  table.folds.forEach((part, id) => folds.set(part, offsets[id]));
  const lengths = Int32Array.from(table.bytes, (part) => part.length);
  return [
    kernel.register(table.bitmap),
    kernel.register(bytesOfArray(table.slots)),
    kernel.register(bytesOfArray(table.entries)),
    kernel.register(bytesOfArray(offsets)),
    kernel.register(bytesOfArray(lengths)),
    kernel.register(bytes),
    kernel.register(folds),
  ];
}

/** `scanTriggers` in the scan kernel (text/kernel.ts): the same pass in WebAssembly, reading the text's code units directly. */
export function scanTriggersInKernel(kernel: ScanKernel, text: string, table: TriggerTable): Array<number[] | undefined> {
  const found: Array<number[] | undefined> = new Array<number[] | undefined>(table.triggers.length);
  if (text.length < 2) return found;
  let parts = kernelTables.get(table);
  if (!parts) {
    parts = registerTable(kernel, table);
    kernelTables.set(table, parts);
  }
  const address = kernel.load(text);
  // Room for one occurrence per two characters; a text with more (crafted overlaps) is scanned in JavaScript.
  const capacity = (text.length >> 1) + 64;
  const out = kernel.output(capacity * 8);
  const count = kernel.exports.scanTriggers(address, text.length, ...parts, out, capacity);
  if (count < 0) return scanTriggersInScript(text, table);
  const memory = kernel.int32();
  let unsorted = false;
  for (let pair = 0, at = out >> 2; pair < count; pair++, at += 2) unsorted = record(found, memory[at]!, memory[at + 1]!) || unsorted;
  return ascending(found, unsorted);
}

/** Adds an occurrence of trigger `id` at `start`; true when that breaks the list's ascending order. */
function record(found: Array<number[] | undefined>, id: number, start: number): boolean {
  const positions = (found[id] ??= []);
  const late = positions.length > 0 && positions[positions.length - 1]! > start;
  positions.push(start);
  return late;
}

/** The lists, each sorted when some occurrence came out of order. */
function ascending(found: Array<number[] | undefined>, unsorted: boolean): Array<number[] | undefined> {
  if (unsorted) for (const positions of found) positions?.sort((left, right) => left - right);
  return found;
}

/** `scanTriggers` in JavaScript: the reference the kernel's `scanTriggers` is tested against. */
export function scanTriggersInScript(text: string, table: TriggerTable): Array<number[] | undefined> {
  const found: Array<number[] | undefined> = new Array<number[] | undefined>(table.triggers.length);
  if (text.length < 2) return found;
  const bytes = bytesOf(text);
  const words = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  const { bitmap, slots, entries } = table;
  let unsorted = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if ((bitmap[word >>> 3]! & (1 << (word & 7))) === 0) continue;
    for (let entry = slots[word]! * entryWidth, last = slots[word + 1]! * entryWidth; entry < last; entry += entryWidth) {
      const other = index + entries[entry + 1]!;
      if (other < 0 || other >= words.length) continue;
      const masks = entries[entry + 3]!;
      if (((words[other]! | (masks & 0xffff)) & (masks >>> 16)) !== entries[entry + 2]) continue;
      const id = entries[entry]! >> 8;
      const start = 2 * index + (entries[entry]! & 255) - 128;
      if (!occursAt(text, bytes, start, table, id)) continue;
      unsorted = record(found, id, start) || unsorted;
    }
  }
  return ascending(found, unsorted);
}

/** Whether trigger `id` starts at `start`: bytes first (cheap), then the text's own code units. */
function occursAt(text: string, bytes: Uint8Array, start: number, table: TriggerTable, id: number): boolean {
  const expected = table.bytes[id]!;
  const fold = table.folds[id]!;
  if (start < 0 || start + expected.length > text.length) return false;
  for (let offset = 0; offset < expected.length; offset++) {
    if ((bytes[start + offset]! | fold[offset]!) !== expected[offset]) return false;
  }
  for (let offset = 0; offset < expected.length; offset++) if (text.charCodeAt(start + offset) > 0xff) return false;
  return true;
}
