import { readFileSync } from 'node:fs';

/**
 * The scan kernel: the loops that walk a whole text once per scan (digit runs, long runs of a
 * character set, the secrets trigger scan, normalization and validation checks, MAC/IPv6/URL
 * anchors), compiled from `kernel/*.ts` (AssemblyScript) to WebAssembly by `npm run build:kernel`,
 * which `npm install` runs. With SIMD they read 8 or 16 code units a step, several times faster
 * than the same loops in JavaScript. Each has a JavaScript twin that stays the reference: callers
 * use the kernel when it loaded and the twin otherwise, and equivalence tests compare the two.
 *
 * Memory, low to high: registered tables (character sets, trigger tables; they live as long as
 * the process), a 1 MB area of up to sixteen recent short texts (up to 32,768 code units each:
 * messages and decoded segments), the last two long texts, then the output of the last call.
 * Texts are UTF-16 code units followed by sixteen zero units. Nothing is kept between calls but
 * the tables and texts.
 */
export interface ScanKernel {
  /** Copies a table into kernel memory for good and returns its address. */
  register(bytes: Uint8Array): number;
  /** Puts `text` in kernel memory (unless it is there already) and returns its address, valid until the next `load` or `register`. */
  load(text: string): number;
  /** The address where a call's output goes (after the loaded texts), with room for `bytes` bytes. */
  output(bytes: number): number;
  /** A fresh view of the whole memory, as 32-bit integers (views go stale when memory grows). */
  int32(): Int32Array;
  /**
   * Runs a kernel function that writes ascending positions in `text` (at most one per code unit)
   * and returns how many, and gives them as a copy.
   */
  positions(text: string, find: (address: number, length: number, out: number) => number): Int32Array;
  readonly exports: KernelExports;
}

export interface KernelExports {
  digitRuns(text: number, length: number, out: number, capacity: number, maxRuns: number, denseCheck: boolean): number;
  lastLetterRuns(): number;
  lastIdStartRuns(): number;
  lastCryptoStarts(): number;
  longRuns(text: number, length: number, members: number, minLength: number, out: number): number;
  longNibbleRuns(text: number, length: number, tables: number, minLength: number, out: number): number;
  specialUnits(text: number, length: number, out: number): number;
  firstLoneSurrogate(text: number, length: number): number;
  macAnchors(text: number, length: number, out: number): number;
  ipv6Colons(text: number, length: number, out: number): number;
  urlAnchors(text: number, length: number, out: number): number;
  scanTriggers(
    text: number,
    length: number,
    bitmap: number,
    slots: number,
    entries: number,
    offsets: number,
    lengths: number,
    bytes: number,
    folds: number,
    out: number,
    capacity: number,
  ): number;
}

/** The parts of the WebAssembly API used here (the project's `lib` setting does not declare them). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (binary: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

const pageSize = 65_536;
/** The kernel's own data stays below this; the caller's layout starts here. */
const firstFreeByte = pageSize;

/** Zero code units written after each text: the widest kernel read is sixteen units. */
const paddingUnits = 16;
/** Texts up to this many units are short: decoded segments, most messages. */
const maxShortUnits = 32_768;
/** Bytes set aside for short texts, right after the tables. */
const shortAreaBytes = 1 << 20;
/** Short texts kept at once: a scan's text and its decoded segments, looked up by a linear search. */
const maxShortTexts = 16;
/** Long texts kept at once (a scan reads one, and a caller may alternate between two). */
const maxLongTexts = 2;

interface LoadedText {
  readonly text: string;
  readonly address: number;
}

/** Texts placed one after the other from `start`; compared by `===`, never hashed. */
class TextArea {
  readonly texts: LoadedText[] = [];
  end: number;

  constructor(readonly start: number) {
    this.end = start;
  }

  find(text: string): number | undefined {
    const newest = this.texts[this.texts.length - 1];
    if (newest?.text === text) return newest.address;
    for (const entry of this.texts) if (entry.text === text) return entry.address;
    return undefined;
  }

  clear(): void {
    this.texts.length = 0;
    this.end = this.start;
  }
}

class WasmKernel implements ScanKernel {
  private readonly memory: WasmMemory;
  /** The whole memory as a Buffer, made again when the memory grows. */
  private bytes: Buffer;
  private tablesEnd = firstFreeByte;
  /** Short texts (decoded segments, messages) live in a fixed area after the tables, so loading one never moves a long text out. */
  private short = new TextArea(firstFreeByte);
  private long = new TextArea(firstFreeByte + shortAreaBytes);

  constructor(readonly exports: KernelExports, memory: WasmMemory) {
    this.memory = memory;
    this.bytes = Buffer.from(memory.buffer);
    this.reserve(this.long.start);
  }

  register(bytes: Uint8Array): number {
    const address = this.tablesEnd;
    this.reserve(address + bytes.length);
    this.bytes.set(bytes, address);
    this.tablesEnd = align(address + bytes.length);
    // The text areas start after the tables, so every loaded text is gone.
    this.short = new TextArea(this.tablesEnd);
    this.long = new TextArea(this.tablesEnd + shortAreaBytes);
    this.reserve(this.long.start);
    return address;
  }

  load(text: string): number {
    const isShort = text.length <= maxShortUnits;
    const area = isShort ? this.short : this.long;
    const found = area.find(text);
    if (found !== undefined) return found;
    const bytes = align(text.length * 2 + paddingUnits * 2);
    if (isShort ? area.end + bytes > area.start + shortAreaBytes || area.texts.length === maxShortTexts : area.texts.length === maxLongTexts) area.clear();
    const address = area.end;
    this.reserve(address + bytes);
    this.bytes.write(text, address, text.length * 2, 'utf16le');
    // Zero units after the text: a SIMD read of its last block stays in memory and sees no stray characters.
    this.bytes.fill(0, address + text.length * 2, address + text.length * 2 + paddingUnits * 2);
    area.texts.push({ text, address });
    area.end = address + bytes;
    return address;
  }

  output(bytes: number): number {
    this.reserve(this.long.end + bytes);
    return this.long.end;
  }

  int32(): Int32Array {
    return new Int32Array(this.memory.buffer);
  }

  positions(text: string, find: (address: number, length: number, out: number) => number): Int32Array {
    const address = this.load(text);
    const out = this.output(text.length * 4 + 64);
    const count = find(address, text.length, out);
    return new Int32Array(this.memory.buffer, out, count).slice();
  }

  private reserve(end: number): void {
    const missing = end - this.bytes.length;
    if (missing <= 0) return;
    this.memory.grow(Math.ceil(missing / pageSize));
    this.bytes = Buffer.from(this.memory.buffer);
  }
}

function align(address: number): number {
  return (address + 15) & ~15;
}

function loadKernel(): ScanKernel | undefined {
  let binary: Buffer;
  try {
    binary = readFileSync(new URL('../../kernel/scan.wasm', import.meta.url));
  } catch {
    return undefined;
  }
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const instance = new wasm.Instance(new wasm.Module(binary), {});
  const { memory, ...functions } = instance.exports as unknown as KernelExports & { memory: WasmMemory };
  return new WasmKernel(functions, memory);
}

let kernel = loadKernel();
let enabled = true;

/**
 * Texts shorter than this go to the JavaScript twins: for them copying the text in and the
 * results out costs more than the loops save (measured on 86-character messages: about 1 µs).
 */
export const minKernelUnits = 512;

/**
 * The scan kernel, or undefined when `kernel/scan.wasm` was not built (callers then run their
 * JavaScript twins), it is switched off, or `text` is shorter than `minKernelUnits`.
 */
export function scanKernel(text?: string): ScanKernel | undefined {
  return enabled && (text === undefined || text.length >= minKernelUnits) ? kernel : undefined;
}

/**
 * Switches the kernel off or on (for tests and benchmarks that compare it with the JavaScript
 * twins); returns whether it was on.
 */
export function useScanKernel(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  kernel ??= on ? loadKernel() : undefined;
  return was;
}
