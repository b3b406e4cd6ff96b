import { bech32 } from '@scure/base';
import type { SecretVerdict } from './define-secret-rule.js';

/** Score for a checksummed token whose checksum verifies, and for one whose checksum does not. */
export const checksumScores = { valid: 0.99, invalid: 0.6 } as const;

const crcTable = buildCrcTable();

function buildCrcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let index = 0; index < 256; index++) {
    let value = index;
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    table[index] = value >>> 0;
  }
  return table;
}

/** CRC-32 (IEEE 802.3, the zlib one) of the string's char codes, which must be ASCII. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let index = 0; index < text.length; index++) {
    crc = crcTable[(crc ^ text.charCodeAt(index)) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Digits then upper then lower case: the base62 alphabet GitHub and npm token checksums use. */
export const base62Alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Encodes a non-negative integer in base62, left-padded with '0' to `width`. */
export function encodeBase62(value: number, width: number): string {
  let rest = value;
  let digits = '';
  do {
    digits = base62Alphabet[rest % 62]! + digits;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return digits.padStart(width, '0');
}

/**
 * Checks a GitHub- or npm-style token (`prefix_` + 30 random base62 + 6 base62 CRC-32 of the
 * random part): true when the last six characters encode the CRC-32 of the thirty before them.
 */
export function hasValidCrc32Base62Checksum(token: string): boolean {
  const underscore = token.lastIndexOf('_');
  const body = token.slice(underscore + 1);
  if (body.length !== 36) return false;
  return encodeBase62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

/** True when `text` is a bech32 string (BIP 173 checksum) with the given human-readable prefix. */
export function hasValidBech32Checksum(text: string, prefix: string): boolean {
  try {
    return bech32.decode(text as `${string}1${string}`, 120).prefix === prefix;
  } catch {
    return false;
  }
}

/**
 * Verdict for a GitHub/npm-style token: a verified checksum proves the issuer's format (0.99); a
 * failed one is still reported at 0.6 with a message, since a typo or edit does not make a leak safe.
 */
export function checksumVerdict(token: string): SecretVerdict {
  if (hasValidCrc32Base62Checksum(token)) return checksumScores.valid;
  return { score: checksumScores.invalid, message: 'token shape matches but its CRC-32 checksum does not' };
}
