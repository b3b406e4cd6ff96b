import { readFileSync } from 'node:fs';

/**
 * The scan kernel: the loops that walk a whole text once per scan (digit runs, long runs of a
 * character set, the secrets trigger scan), compiled from `kernel/scan.ts` (AssemblyScript) to
 * WebAssembly by `npm run build:kernel`, which `npm install` runs. They are about four times
 * faster there than in JavaScript. Each has a JavaScript twin that stays the reference: callers
 * use the kernel when it loaded and the twin otherwise, and equivalence tests compare the two.
 *
 * Memory, low to high: registered tables (character sets, trigger tables; they live as long as
 * the process), then up to eight recent texts as UTF-16 code units, then the output of the last
 * call. Nothing is kept between calls but the tables and the texts.
 */
export interface ScanKernel {
  /** Copies a table into kernel memory for good and returns its address. */
  register(bytes: Uint8Array): number;
  /** Puts `text` in kernel memory (unless it is there already) and returns its address; valid until the next `load` or `register`. */
  load(text: string): number;
  /** The address where a call's output goes (after the current text), with room for `bytes` bytes. */
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
  longRuns(text: number, length: number, members: number, minLength: number, out: number): number;
  longNibbleRuns(text: number, length: number, tables: number, minLength: number, out: number): number;
  specialUnits(text: number, length: number, out: number): number;
  firstLoneSurrogate(text: number, length: number): number;
  macAnchors(text: number, length: number, out: number): number;
  ipv6Colons(text: number, length: number, out: number): number;
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

/** Texts kept in kernel memory at once: a scan reads its text and then the short segments decoded from it, and comes back to the text. */
const maxLoadedTexts = 8;
/** Zero code units written after each text: the widest kernel read is sixteen units. */
const paddingUnits = 16;

interface LoadedText {
  readonly text: string;
  readonly address: number;
}

class WasmKernel implements ScanKernel {
  private readonly memory: WasmMemory;
  private tablesEnd = firstFreeByte;
  /** Texts in kernel memory, one after the other from `tablesEnd`; compared by `===`, never hashed. */
  private loaded: LoadedText[] = [];
  private textEnd = firstFreeByte;

  constructor(readonly exports: KernelExports, memory: WasmMemory) {
    this.memory = memory;
  }

  register(bytes: Uint8Array): number {
    const address = this.tablesEnd;
    this.reserve(address + bytes.length);
    new Uint8Array(this.memory.buffer, address, bytes.length).set(bytes);
    this.tablesEnd = align(address + bytes.length);
    // The texts start after the tables, so any loaded text is gone.
    this.loaded = [];
    this.textEnd = this.tablesEnd;
    return address;
  }

  load(text: string): number {
    const newest = this.loaded[this.loaded.length - 1];
    if (newest?.text === text) return newest.address;
    for (const entry of this.loaded) if (entry.text === text) return entry.address;
    if (this.loaded.length === maxLoadedTexts) {
      this.loaded = [];
      this.textEnd = this.tablesEnd;
    }
    const address = this.textEnd;
    this.reserve(address + text.length * 2 + paddingUnits * 2);
    Buffer.from(this.memory.buffer, address, text.length * 2).write(text, 0, text.length * 2, 'utf16le');
    // Zero units after the text: a SIMD read of its last block stays in memory and sees no stray characters.
    new Uint16Array(this.memory.buffer, address + text.length * 2, paddingUnits).fill(0);
    this.loaded.push({ text, address });
    this.textEnd = align(address + text.length * 2 + paddingUnits * 2);
    return address;
  }

  output(bytes: number): number {
    this.reserve(this.textEnd + bytes);
    return this.textEnd;
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
    const missing = end - this.memory.buffer.byteLength;
    if (missing > 0) this.memory.grow(Math.ceil(missing / pageSize));
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

/** The scan kernel, or undefined when `kernel/scan.wasm` was not built (callers then run their JavaScript twins) or it is switched off. */
export function scanKernel(): ScanKernel | undefined {
  return enabled ? kernel : undefined;
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
