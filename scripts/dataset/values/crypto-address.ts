import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bech32, bech32m, createBase58check } from '@scure/base';
import type { Random } from '../random.js';

const base58check = createBase58check(sha256);

function randomBytes(random: Random, count: number): Uint8Array {
  return Uint8Array.from({ length: count }, () => random.int(0, 255));
}

/** A legacy (version 0x00, "1…") or script-hash (0x05, "3…") Bitcoin address with its checksum. */
export function randomBase58Address(random: Random): string {
  const payload = new Uint8Array(21);
  payload[0] = random.chance(0.6) ? 0x00 : 0x05;
  payload.set(randomBytes(random, 20), 1);
  return base58check.encode(payload);
}

/** A native segwit v0 (bech32, "bc1q…") or taproot (bech32m, "bc1p…") address. */
export function randomBech32Address(random: Random): string {
  if (random.chance(0.7)) return bech32.encode('bc', [0, ...bech32.toWords(randomBytes(random, 20))]);
  return bech32m.encode('bc', [1, ...bech32m.toWords(randomBytes(random, 32))]);
}

/** EIP-55: upper-case each hex letter whose nibble in keccak256(lowercase address) is ≥ 8. */
export function toChecksumAddress(lowerHex: string): string {
  const hash = keccak_256(new TextEncoder().encode(lowerHex));
  return `0x${[...lowerHex]
    .map((char, index) => {
      const nibble = (hash[index >> 1]! >> (index % 2 === 0 ? 4 : 0)) & 0xf;
      return nibble >= 8 ? char.toUpperCase() : char;
    })
    .join('')}`;
}

/** An Ethereum address, EIP-55 mixed case 80% of the time, otherwise all lower case. */
export function randomEthereumAddress(random: Random): string {
  const lowerHex = random.chars('0123456789abcdef', 40);
  return random.chance(0.8) ? toChecksumAddress(lowerHex) : `0x${lowerHex}`;
}

export function randomCryptoAddress(random: Random): string {
  return random.weighted([
    [randomBase58Address, 3],
    [randomBech32Address, 3],
    [randomEthereumAddress, 4],
  ] as const)(random);
}
