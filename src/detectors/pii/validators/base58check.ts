import { sha256 } from '@noble/hashes/sha2.js';
import { createBase58check } from '@scure/base';

const base58check = createBase58check(sha256);

/** Bitcoin mainnet version bytes: 0x00 pay-to-pubkey-hash ("1…"), 0x05 pay-to-script-hash ("3…"). */
const bitcoinVersions: ReadonlySet<number> = new Set([0x00, 0x05]);

/** Payload bytes of a base58check string (double-SHA-256 checksum verified), or undefined. */
export function decodeBase58check(value: string): Uint8Array | undefined {
  try {
    return base58check.decode(value);
  } catch {
    return undefined;
  }
}

/** True for a legacy or P2SH Bitcoin mainnet address whose base58check checksum is correct. */
export function isBitcoinBase58Address(value: string): boolean {
  const payload = decodeBase58check(value);
  return payload !== undefined && payload.length === 21 && bitcoinVersions.has(payload[0]!);
}

/** Encodes a version byte and a 20-byte hash as a base58check address (for building fixtures). */
export function encodeBitcoinBase58Address(version: number, hash: Uint8Array): string {
  const payload = new Uint8Array(1 + hash.length);
  payload[0] = version;
  payload.set(hash, 1);
  return base58check.encode(payload);
}
