import { describe, expect, it } from 'vitest';
import { mixedText } from '../../scripts/bench/corpus.js';
import { scanKernel, useScanKernel } from './kernel.js';
import { randomTexts } from './testing.js';

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

describe('kernel functions with JavaScript references', () => {
  const kernel = scanKernel()!;
  const texts = [...randomTexts(17, 500), mixedText(20_000, 8), 'plain ascii only', ''];

  it('lists every unit outside tab..CR and printable ASCII', () => {
    for (const text of texts) {
      const expected = [...text.matchAll(/[^\t-\r\x20-\x7e]/g)].map((match) => match.index);
      expect([...kernel.positions(text, kernel.exports.specialUnits)], JSON.stringify(text.slice(0, 40))).toEqual(expected);
    }
  });

  it('finds the first lone surrogate as String#isWellFormed and a lookaround regex do', () => {
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    let lone = 0;
    for (const text of [...texts, 'a\ud83d', '\ude00b', '\ud83d\ude00\ud83d', 'x'.repeat(15) + '\ud83d\ude00']) {
      const expected = text.search(loneSurrogate);
      if (expected !== -1) lone++;
      expect(kernel.exports.firstLoneSurrogate(kernel.load(text), text.length), JSON.stringify(text)).toBe(expected);
    }
    expect(lone).toBeGreaterThan(50);
  });
});
