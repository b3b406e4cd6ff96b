import { expect } from 'vitest';
import { createRandom } from '../core/random.js';
import type { KernelExports } from './kernel.js';
import { scanKernel } from './kernel.js';

/**
 * Pieces random texts are made of for the kernel equivalence tests: ASCII digits, number
 * separators, hex, letters, control characters, lone surrogates, and characters whose low byte
 * looks like something else (U+0131 "ı" ends in 0x31 "1", U+0663 "٣" in 0x63 "c", fullwidth "１"),
 * so a kernel that truncates code units would show.
 */
const pieces = [
  '0', '1', '7', '9', '42', '2024', ' ', '  ', '(', ')', '+', '.', '-', '/', ':', '::', ',', '\n', '\t', 'a', 'Z', 'x', 'f', 'ab', '0A', 'fe80',
  'key', 'pat', 'ghp_', 'AKIA', '=', '_', '\u007f', '\u0000', 'é', 'ı', '٣', '１', '\u0100', '\u200b', '💳', '\ud83d', '\ude00',
];

/** `count` deterministic random texts of up to `maxLength` code units, some near SIMD block edges (8 units). */
export function randomTexts(seed: number, count: number, maxLength = 300): string[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const target = index % 5 === 0 ? 8 * (1 + Math.floor(random() * 4)) + Math.floor(random() * 3) - 1 : Math.floor(random() * maxLength);
    let text = '';
    while (text.length < target) text += pieces[Math.floor(random() * pieces.length)]!;
    return text.slice(0, Math.max(0, target));
  });
}

/**
 * Checks that a kernel function listing positions gives what its JavaScript reference gives on
 * every text, and that the texts hold at least `minFound` positions in all (so the check is not
 * passed by texts where there is nothing to find).
 */
export function expectKernelPositions(
  find: (exports: KernelExports) => (address: number, length: number, out: number) => number,
  reference: (text: string) => readonly number[],
  texts: readonly string[],
  minFound = 5,
): void {
  const kernel = scanKernel();
  expect(kernel, 'kernel/scan.wasm is built by npm install').toBeDefined();
  let found = 0;
  for (const text of texts) {
    const expected = reference(text);
    found += expected.length;
    expect([...kernel!.positions(text, find(kernel!.exports))], JSON.stringify(text.slice(0, 40))).toEqual(expected);
  }
  expect(found).toBeGreaterThan(minFound);
}
