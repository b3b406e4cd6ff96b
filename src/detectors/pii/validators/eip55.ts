import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The EIP-55 mixed-case form of a `0x` + 40-hex Ethereum address. */
export function toEip55Address(address: string): string {
  const hex = address.slice(2).toLowerCase();
  const hash = bytesToHex(keccak_256(utf8ToBytes(hex)));
  let result = '0x';
  for (let index = 0; index < hex.length; index++) {
    const char = hex[index]!;
    result += Number.parseInt(hash[index]!, 16) >= 8 ? char.toUpperCase() : char;
  }
  return result;
}

/** True when a `0x` + 40-hex address has exactly the letter case EIP-55 prescribes. */
export function isEip55Valid(address: string): boolean {
  return toEip55Address(address) === address;
}
