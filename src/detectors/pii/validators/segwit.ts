import { bech32, bech32m } from '@scure/base';

/** Bitcoin mainnet human-readable part of segregated-witness addresses. */
const mainnetPrefix = 'bc';

/**
 * True for a Bitcoin mainnet segwit address: bech32 checksum for witness version 0 with a 20- or
 * 32-byte program, bech32m checksum for versions 1–16 with a 2–40-byte program (BIP 173, BIP 350).
 */
export function isSegwitAddress(value: string): boolean {
  if (value.length < 14 || value.length > 90) return false;
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return false;
  const lower = value.toLowerCase();
  const asBech32 = bech32.decodeUnsafe(lower, 90);
  const decoded = asBech32 ?? bech32m.decodeUnsafe(lower, 90);
  if (!decoded || decoded.prefix !== mainnetPrefix || decoded.words.length === 0) return false;
  const version = decoded.words[0]!;
  const usesBech32m = asBech32 === undefined;
  if (version === 0 ? usesBech32m : !usesBech32m) return false;
  const program = bech32.fromWordsUnsafe(decoded.words.slice(1));
  if (!program || version > 16) return false;
  if (version === 0) return program.length === 20 || program.length === 32;
  return program.length >= 2 && program.length <= 40;
}

/** Encodes a witness version and program as a mainnet address (for building fixtures). */
export function encodeSegwitAddress(version: number, program: Uint8Array): string {
  const words = [version, ...bech32.toWords(program)];
  return version === 0 ? bech32.encode(mainnetPrefix, words) : bech32m.encode(mainnetPrefix, words);
}
