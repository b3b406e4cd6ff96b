import { describe, expect, it } from 'vitest';
import { bech32, bech32m } from '@scure/base';
import { encodeSegwitAddress, isSegwitAddress } from './segwit.js';

const program20 = Uint8Array.from({ length: 20 }, (_, index) => (index * 13 + 7) % 256);
const program32 = Uint8Array.from({ length: 32 }, (_, index) => (index * 29 + 3) % 256);

describe('isSegwitAddress', () => {
  it('accepts version 0 (bech32) with 20- and 32-byte programs and version 1 (bech32m)', () => {
    const p2wpkh = encodeSegwitAddress(0, program20);
    expect(p2wpkh).toHaveLength(42);
    expect(p2wpkh.startsWith('bc1q')).toBe(true);
    expect(isSegwitAddress(p2wpkh)).toBe(true);
    expect(isSegwitAddress(p2wpkh.toUpperCase())).toBe(true);
    expect(isSegwitAddress(encodeSegwitAddress(0, program32))).toBe(true);
    const taproot = encodeSegwitAddress(1, program32);
    expect(taproot.startsWith('bc1p')).toBe(true);
    expect(isSegwitAddress(taproot)).toBe(true);
  });

  it('rejects a changed character, mixed case, and the wrong checksum variant for the version', () => {
    const p2wpkh = encodeSegwitAddress(0, program20);
    const changed = p2wpkh.slice(0, 20) + (p2wpkh[20] === 'q' ? 'p' : 'q') + p2wpkh.slice(21);
    expect(isSegwitAddress(changed)).toBe(false);
    expect(isSegwitAddress(p2wpkh.slice(0, 10) + p2wpkh.slice(10).toUpperCase())).toBe(false);
    expect(isSegwitAddress(bech32m.encode('bc', [0, ...bech32m.toWords(program20)]))).toBe(false);
    expect(isSegwitAddress(bech32.encode('bc', [1, ...bech32.toWords(program32)]))).toBe(false);
  });

  it('rejects testnet prefixes and bad program lengths', () => {
    expect(isSegwitAddress(bech32.encode('tb', [0, ...bech32.toWords(program20)]))).toBe(false);
    expect(isSegwitAddress(encodeSegwitAddress(0, program20.slice(0, 16)))).toBe(false);
    expect(isSegwitAddress('bc1')).toBe(false);
  });
});
