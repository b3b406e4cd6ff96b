import { describe, expect, it } from 'vitest';
import { mixedText } from '../../scripts/bench/corpus.js';
import { scanKernel, useScanKernel } from './kernel.js';

describe('scan kernel', () => {
  it('is built and loaded (npm install builds kernel/scan.wasm; without it every caller runs its JavaScript twin)', () => {
    expect(scanKernel()).toBeDefined();
  });

  it('can be switched off and on again', () => {
    expect(useScanKernel(false)).toBe(true);
    expect(scanKernel()).toBeUndefined();
    expect(useScanKernel(true)).toBe(false);
    expect(scanKernel()).toBeDefined();
  });

  it('keeps a text as UTF-16 code units, grows for long texts and reloads after a table is registered', () => {
    const kernel = scanKernel()!;
    const long = mixedText(3_000_000, 9);
    const address = kernel.load(long);
    const units = new Uint16Array(kernel.int32().buffer, address, long.length);
    expect(units[0]).toBe(long.charCodeAt(0));
    expect(units[long.length - 1]).toBe(long.charCodeAt(long.length - 1));
    const short = 'ana ١٢ 𝟙';
    const shortAddress = kernel.load(short);
    expect(String.fromCharCode(...new Uint16Array(kernel.int32().buffer, shortAddress, short.length))).toBe(short);
    const table = kernel.register(Uint8Array.of(1, 2, 3));
    expect(new Uint8Array(kernel.int32().buffer, table, 3)).toEqual(Uint8Array.of(1, 2, 3));
    const reloaded = kernel.load(short);
    expect(reloaded).toBeGreaterThan(table);
    expect(String.fromCharCode(...new Uint16Array(kernel.int32().buffer, reloaded, short.length))).toBe(short);
  });
});
