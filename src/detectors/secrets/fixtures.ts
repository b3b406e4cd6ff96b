/**
 * Made-up credentials of the right shape for tests, built deterministically from a seed. None is
 * real: random parts come from a seeded generator, and checksums are computed here.
 */
import { bech32 } from '@scure/base';
import { crc32, encodeBase62 } from './checksums.js';

export const alphabets = {
  base62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  hex: '0123456789abcdef',
  upperAlnum: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lowerAlnum: '0123456789abcdefghijklmnopqrstuvwxyz',
  base64url: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_',
  base64: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/',
  digits: '0123456789',
} as const;

function seedOf(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return hash >>> 0;
}

/** `length` characters from `alphabet`, the same for the same seed. */
export function fakeChars(seed: string, alphabet: string, length: number): string {
  let state = seedOf(seed);
  let result = '';
  for (let index = 0; index < length; index++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    result += alphabet[((mixed ^ (mixed >>> 14)) >>> 0) % alphabet.length];
  }
  return result;
}

/** A GitHub- or npm-style token with a correct (or, when `valid` is false, a wrong) CRC-32 checksum. */
export function fakeChecksummedToken(prefix: string, seed: string, valid = true): string {
  const random = fakeChars(seed, alphabets.base62, 30);
  const checksum = crc32(random);
  return `${prefix}${random}${encodeBase62(valid ? checksum : (checksum + 1) % 0x100000000, 6)}`;
}

/** An age X25519 secret key with a valid bech32 checksum. */
export function fakeAgeKey(seed: string): string {
  const bytes = Uint8Array.from(fakeChars(seed, alphabets.hex, 64).match(/../g)!.map((pair) => parseInt(pair, 16)));
  return bech32.encode('age-secret-key-', bech32.toWords(bytes), 120).toUpperCase();
}

/** base64url without padding. */
export function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** A signed-looking JWT: real JSON header and payload, random signature. */
export function fakeJwt(seed: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const payload = { sub: `user-${fakeChars(seed, alphabets.digits, 6)}`, iat: 1_700_000_000, scope: 'read write' };
  return `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(payload))}.${fakeChars(seed, alphabets.base64url, 43)}`;
}

/** A PEM block of `label` with a random base64 body in 64-character lines. */
export function fakePem(label: string, seed: string, bodyLength = 600): string {
  const body = fakeChars(seed, alphabets.base64, bodyLength).match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}

/** A string of fake-looking UUID shape. */
export function fakeUuid(seed: string): string {
  const hex = fakeChars(seed, alphabets.hex, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}
