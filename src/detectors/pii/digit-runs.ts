import { scanKernel, type ScanKernel } from '../../text/kernel.js';
import { isDigitCode, isLetterCode } from './characters.js';
import { Slab } from './slab.js';

/**
 * Every maximal run of ASCII digits in a text, found with one regex pass and shared by the
 * recognizers whose matches contain digits, so each of them tries its own pattern only where a
 * match can start instead of scanning the whole text. Runs are numbered in text order.
 */
export interface DigitRuns {
  /**
   * True when digits are too dense to be worth listing (more than one run per `denseSpacing`
   * characters, "1.1.1.1…"): no run is listed, and recognizers scan with their own pattern, which
   * the regex engine does faster than trying it run by run.
   */
  readonly dense: boolean;
  /** How many runs there are (0 when `dense`). */
  readonly count: number;
  /** Start of each run, ascending. */
  readonly starts: Int32Array;
  /** End (exclusive) of each run. */
  readonly ends: Int32Array;
  /** The UTF-16 code just before each run, or -1 at the start of the text. */
  readonly before: Int32Array;
  /** The code of the one character between each run and the next when there is exactly one, else -1 ("1.5" gives "."). */
  readonly joiner: Int32Array;
  /**
   * Digits from the start of each run to the end of its chain: the runs that follow it, each
   * after nothing but chain separators (space, "(", ")", "+", ".", "-", "/"). "+44 20 7946-0958"
   * gives 12, 10, 8, 4; a number written with those separators holds at most its run's chain digits.
   */
  readonly chainDigits: Int32Array;
  /** The runs that follow an ASCII letter, or a letter and one space or hyphen ("AB123", "X-123", "AB 12"). */
  readonly afterLetters: Int32Array;
  /** The runs that can start a national id (`isIdStartRun`), ascending. */
  readonly idStarts: Int32Array;
  /**
   * Where a cryptocurrency address may start (crypto.ts `cryptoStarts`), when the scan kernel
   * listed them in the same pass; undefined from the JavaScript path, which leaves them to crypto.ts.
   */
  readonly cryptoStarts?: Int32Array;
}

/** Longest leading digit group a national id starts with. */
export const maxIdLeadingGroup = 16;

/**
 * True when a digit run can start a national id: it begins at a word boundary and is a short group
 * (1–4 digits) followed by a space, "." or "-" and a digit ("401 023 2137", "529.982.247-25"), or
 * an unbroken run of 6–16 digits ("4010232137", "850709-9805", "12345678Z"). Short numbers
 * standing alone ("3 items", "45") are left out, which keeps the national-id index small on logs.
 */
export function isIdStartRun(before: number, length: number, joiner: number): boolean {
  if (isLetterCode(before) || isDigitCode(before) || before === 95) return false;
  if (length >= 6) return length <= maxIdLeadingGroup;
  return length <= 4 && (joiner === 32 || joiner === 46 || joiner === 45);
}

/** Characters that join the digit groups of one written number: " ()+.-/". */
export function isChainSeparatorCode(code: number): boolean {
  return code === 32 || code === 40 || code === 41 || code === 43 || code === 45 || code === 46 || code === 47;
}

/** Characters per digit run below which a text is `dense`; mixed prose, logs and JSON have 20 or more. */
export const denseSpacing = 8;
/** How many recent texts keep their runs, so every recognizer and view of one scan shares a pass. */
const cacheSize = 4;
const cache: { text: string; runs: DigitRuns }[] = [];

/** Scratch columns reused by every `findRuns` call, grown as needed; a text's runs are copied out at their exact size. */
class Scratch {
  starts: Int32Array = new Int32Array(256);
  ends: Int32Array = new Int32Array(256);
  before: Int32Array = new Int32Array(256);
  joiner: Int32Array = new Int32Array(256);
  /** 1 when a run is chained to the next one (only chain separators between them), else 0. */
  linked: Int32Array = new Int32Array(256);
  afterLetters: Int32Array = new Int32Array(256);

  /** Makes room for at least `size` runs, keeping the first `kept` of each column. */
  reserve(size: number, kept: number): void {
    if (size <= this.starts.length) return;
    const grow = (column: Int32Array): Int32Array => {
      const grown = new Int32Array(Math.max(size, column.length * 2));
      grown.set(column.subarray(0, kept));
      return grown;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
    this.before = grow(this.before);
    this.joiner = grow(this.joiner);
    this.linked = grow(this.linked);
    this.afterLetters = grow(this.afterLetters);
  }
}

const scratch = new Scratch();

/** Where each text's columns are cut from: 64Ki values, 256 KB. */
const slab = new Slab(1 << 16);

function isChainGap(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!isChainSeparatorCode(text.charCodeAt(index))) return false;
  return true;
}

function isAfterLetter(text: string, before: number, digitStart: number): boolean {
  return isLetterCode(before) || ((before === 32 || before === 45) && isLetterCode(text.charCodeAt(digitStart - 2)));
}

const runPattern = /\d+/g;

/** What `collectRuns` found in the scratch columns: how many runs, and how many of them follow letters. */
const collected = { count: 0, letterCount: 0 };

/**
 * One pass over the runs: each run's start, end and code before it, and how it joins the run
 * before it, which is known as soon as this run is found. False when the text is `dense`.
 */
function collectRuns(text: string): boolean {
  const maxRuns = Math.floor(text.length / denseSpacing);
  const denseCheck = text.length >= denseSpacing * 64;
  let count = 0;
  let letterCount = 0;
  let previousEnd = -1;
  let { starts, ends, before, joiner, linked, afterLetters } = scratch;
  runPattern.lastIndex = 0;
  while (runPattern.test(text)) {
    if (count === maxRuns && denseCheck) return false;
    const end = runPattern.lastIndex;
    let start = end - 1;
    while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
    const code = start > 0 ? text.charCodeAt(start - 1) : -1;
    if (count === starts.length) {
      scratch.reserve(count + 1, count);
      ({ starts, ends, before, joiner, linked, afterLetters } = scratch);
    }
    if (isAfterLetter(text, code, start)) afterLetters[letterCount++] = count;
    if (count > 0) {
      const adjacent = start === previousEnd + 1;
      joiner[count - 1] = adjacent ? code : -1;
      linked[count - 1] = (adjacent ? isChainSeparatorCode(code) : isChainGap(text, previousEnd, start)) ? 1 : 0;
    }
    starts[count] = start;
    ends[count] = end;
    before[count] = code;
    previousEnd = end;
    count++;
  }
  if (count > 0) {
    joiner[count - 1] = -1;
    linked[count - 1] = 0;
  }
  collected.count = count;
  collected.letterCount = letterCount;
  return true;
}

function findRuns(text: string): DigitRuns {
  const kernel = scanKernel(text);
  return kernel ? findRunsInKernel(kernel, text) : findRunsInScript(text);
}

/** `findRuns` in JavaScript: the reference the kernel's `digitRuns` is tested against. */
export function findRunsInScript(text: string): DigitRuns {
  if (!collectRuns(text)) return denseRuns;
  const { count, letterCount } = collected;
  // Most short messages hold no digit at all: one shared answer, nothing allocated.
  if (count === 0) return noRuns;
  const { starts, ends, before, joiner, linked } = scratch;
  const ids: number[] = [];
  for (let run = 0; run < count; run++) if (isIdStartRun(before[run]!, ends[run]! - starts[run]!, joiner[run]!)) ids.push(run);
  // One buffer holds every column, so a text costs one copy per column and rarely an allocation.
  const buffer = slab.take(count * 5 + letterCount + ids.length);
  buffer.set(scratch.starts.subarray(0, count), 0);
  buffer.set(scratch.ends.subarray(0, count), count);
  buffer.set(scratch.before.subarray(0, count), count * 2);
  buffer.set(scratch.joiner.subarray(0, count), count * 3);
  buffer.set(scratch.afterLetters.subarray(0, letterCount), count * 5);
  buffer.set(ids, count * 5 + letterCount);
  // chainDigits, filled from the last run back: each run's digits plus its linked successor's chain.
  const chainOffset = count * 4;
  for (let run = count - 1; run >= 0; run--) {
    buffer[chainOffset + run] = ends[run]! - starts[run]! + (linked[run] === 1 ? buffer[chainOffset + run + 1]! : 0);
  }
  return columnsOf(buffer, count, letterCount);
}

/** `findRuns` in the scan kernel (text/kernel.ts): the same columns, computed in one WebAssembly pass. */
export function findRunsInKernel(kernel: ScanKernel, text: string): DigitRuns {
  const address = kernel.load(text);
  const maxRuns = Math.floor(text.length / denseSpacing);
  const denseCheck = text.length >= denseSpacing * 64;
  // Runs are at least one digit and one separator apart, so a text of n units holds at most n/2 + 1.
  const capacity = (denseCheck ? maxRuns : text.length >> 1) + 1;
  const out = kernel.output(capacity * 8 * 4);
  const count = kernel.exports.digitRuns(address, text.length, out, capacity, maxRuns, denseCheck);
  if (count < 0) return denseRuns;
  const letterCount = kernel.exports.lastLetterRuns();
  const idCount = kernel.exports.lastIdStartRuns();
  const cryptoCount = kernel.exports.lastCryptoStarts();
  // The kernel closed the columns up into one block: one copy out of its memory.
  const base = out >> 2;
  const listsEnd = count * 5 + letterCount + idCount;
  const buffer = kernel.int32().slice(base, base + listsEnd + cryptoCount);
  return columnsOf(buffer.subarray(0, listsEnd), count, letterCount, buffer.subarray(listsEnd));
}

/** The columns of one text's runs, laid out in `buffer` as starts, ends, before, joiner, chainDigits, afterLetters, idStarts. */
function columnsOf(buffer: Int32Array, count: number, letterCount: number, cryptoStarts?: Int32Array): DigitRuns {
  return {
    dense: false,
    count,
    starts: buffer.subarray(0, count),
    ends: buffer.subarray(count, count * 2),
    before: buffer.subarray(count * 2, count * 3),
    joiner: buffer.subarray(count * 3, count * 4),
    chainDigits: buffer.subarray(count * 4, count * 5),
    afterLetters: buffer.subarray(count * 5, count * 5 + letterCount),
    idStarts: buffer.subarray(count * 5 + letterCount),
    ...(cryptoStarts ? { cryptoStarts } : {}),
  };
}

const none = new Int32Array(0);
const denseRuns: DigitRuns = { dense: true, count: 0, starts: none, ends: none, before: none, joiner: none, chainDigits: none, afterLetters: none, idStarts: none };
const noRuns: DigitRuns = { ...denseRuns, dense: false };

/**
 * The digit runs of `text`, computed once per text and kept for the last few texts.
 * @example
 * digitRuns('call +44 20 7946-0958, ext. 12'); // starts [6, 9, 12, 17, 28], chainDigits [12, 10, 8, 4, 2]
 */
export function digitRuns(text: string): DigitRuns {
  // The newest entry is checked first and holds this very string while one text is scanned, so the
  // comparison is by reference; an equal text in another string is compared once, then takes its place.
  const newest = cache[0];
  if (newest !== undefined && newest.text === text) {
    newest.text = text;
    return newest.runs;
  }
  const found = cache.findIndex((entry) => entry.text === text);
  const runs = found === -1 ? findRuns(text) : cache[found]!.runs;
  if (found !== -1) cache.splice(found, 1);
  cache.unshift({ text, runs });
  if (cache.length > cacheSize) cache.pop();
  return runs;
}

/**
 * Starts of the runs whose chain holds at least `minDigits` digits, ascending: where a number
 * written with chain separators and that many digits can begin; undefined when the text is `dense`.
 * @example
 * chainStarts('tel 020 7946 0958, room 12', 7); // [4, 8]
 */
export function chainStarts(text: string, minDigits: number): number[] | undefined {
  const { dense, count, starts, chainDigits } = digitRuns(text);
  if (dense) return undefined;
  const found: number[] = [];
  for (let run = 0; run < count; run++) if (chainDigits[run]! >= minDigits) found.push(starts[run]!);
  return found;
}

const globalPatterns = new WeakMap<RegExp, RegExp>();

/** Every match of a global scan of `pattern` over `text`. */
function matchesEverywhere(pattern: RegExp, text: string): RegExpExecArray[] {
  let global = globalPatterns.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags.replace('y', '')}g`);
    globalPatterns.set(pattern, global);
  }
  const matches: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    if (match[0].length === 0) global.lastIndex++;
    matches.push(match);
  }
  return matches;
}

/**
 * The matches a global scan of `pattern` (sticky, no `g`) would find in `text`, given ascending
 * positions that include every place a match can start: each is tried in turn, and those inside
 * the previous match are skipped, as a global scan would. Without positions (a `dense` text), the
 * global scan itself.
 * @example
 * matchesAt(/\d{3}/y, 'a 1234 567', [2, 7]); // matches "123" at 2 and "567" at 7
 */
export function matchesAt(pattern: RegExp, text: string, starts: Iterable<number> | undefined): RegExpExecArray[] {
  if (starts === undefined) return matchesEverywhere(pattern, text);
  const matches: RegExpExecArray[] = [];
  let resume = 0;
  for (const start of starts) {
    if (start < resume) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match === null) continue;
    matches.push(match);
    resume = Math.max(start + 1, start + match[0].length);
  }
  return matches;
}
