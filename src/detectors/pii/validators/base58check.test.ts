import { describe, expect, it } from 'vitest';
import { decodeBase58check, encodeBitcoinBase58Address, isBitcoinBase58Address } from './base58check.js';

const hash = Uint8Array.from({ length: 20 }, (_, index) => (index * 37 + 11) % 256);

describe('isBitcoinBase58Address', () => {
  it('accepts P2PKH (version 0) and P2SH (version 5) addresses with a correct checksum', () => {
    const legacy = encodeBitcoinBase58Address(0x00, hash);
    const scriptHash = encodeBitcoinBase58Address(0x05, hash);
    expect(legacy.startsWith('1')).toBe(true);
    expect(scriptHash.startsWith('3')).toBe(true);
    expect(isBitcoinBase58Address(legacy)).toBe(true);
    expect(isBitcoinBase58Address(scriptHash)).toBe(true);
  });

  it('rejects a changed character, another version byte, and a wrong payload length', () => {
    const legacy = encodeBitcoinBase58Address(0x00, hash);
    const changed = legacy.slice(0, 10) + (legacy[10] === 'a' ? 'b' : 'a') + legacy.slice(11);
    expect(isBitcoinBase58Address(changed)).toBe(false);
    expect(isBitcoinBase58Address(encodeBitcoinBase58Address(0x6f, hash))).toBe(false);
    expect(isBitcoinBase58Address(encodeBitcoinBase58Address(0x00, hash.slice(0, 19)))).toBe(false);
  });

  it('returns undefined for text that is not base58', () => {
    expect(decodeBase58check('0OIl')).toBeUndefined();
    expect(isBitcoinBase58Address('')).toBe(false);
  });
});
