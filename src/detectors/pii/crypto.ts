import type { Recognizer, RecognizerMatch } from '../types.js';
import { isDigitCode, isLetterCode } from './characters.js';
import { digitRuns, matchesAt } from './digit-runs.js';
import { isBitcoinBase58Address } from './validators/base58check.js';
import { isEip55Valid } from './validators/eip55.js';
import { isSegwitAddress } from './validators/segwit.js';

/** Ethereum 0x+40 hex, Bitcoin bech32 "bc1…", or Bitcoin base58 "1…"/"3…", as whole tokens. */
const candidatePattern =
  /(?<![0-9A-Za-z])(?:0x[0-9a-fA-F]{40}|(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34})(?![0-9A-Za-z])/y;

const checksumScore = 0.9;
const unchecksummedEthereumScore = 0.6;

function scoreEthereum(address: string): number {
  const hex = address.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return unchecksummedEthereumScore;
  return isEip55Valid(address) ? checksumScore : 0;
}

function classify(candidate: string): { score: number; message: string } | undefined {
  if (candidate.startsWith('0x')) {
    const score = scoreEthereum(candidate);
    return score > 0 ? { score, message: 'ethereum' } : undefined;
  }
  const valid = candidate.toLowerCase().startsWith('bc1') ? isSegwitAddress(candidate) : isBitcoinBase58Address(candidate);
  return valid ? { score: checksumScore, message: 'bitcoin' } : undefined;
}

function isAlphanumericCode(code: number): boolean {
  return isDigitCode(code) || isLetterCode(code);
}

/** True when the `length` characters from `start` are ASCII letters and digits (most runs stop within a few). */
function isAlphanumericFor(text: string, start: number, length: number): boolean {
  for (let index = start; index < start + length; index++) if (!isAlphanumericCode(text.charCodeAt(index))) return false;
  return true;
}

/**
 * True when a base58 (1…, 3…) or Ethereum (0x…) address could start at the digit run [start, end):
 * its first characters and its shortest length fit (the run's own digits need no second look).
 */
function mayStartToken(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first === 49 || first === 51) return end - start >= 26 || isAlphanumericFor(text, end, start + 26 - end);
  return first === 48 && end === start + 1 && text.charCodeAt(end) === 120 && isAlphanumericFor(text, start + 2, 40);
}

/** True when a bech32 address ("bc1…" or "BC1…" and at least eight more characters) could start at `start`. */
function mayStartBech32(text: string, start: number): boolean {
  if (start < 0) return false;
  const prefix = text.slice(start, start + 3);
  return (prefix === 'bc1' || prefix === 'BC1') && isAlphanumericFor(text, start + 3, 8);
}

/**
 * Where an address can start, ascending: every address holds a digit run that starts it ("0x…",
 * "1…", "3…") or follows "bc"/"BC", and is long enough to reach the shortest address's last
 * character. Undefined for a dense text (see `DigitRuns.dense`).
 * @example
 * cryptoStarts('to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT or bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'); // [3, 41]
 */
export function cryptoStarts(text: string): ArrayLike<number> & Iterable<number> | undefined {
  const runs = digitRuns(text);
  if (runs.dense) return undefined;
  return runs.cryptoStarts ?? cryptoStartsInScript(text);
}

/** `cryptoStarts` in JavaScript, over the digit runs: the reference the scan kernel's list is tested against. */
export function cryptoStartsInScript(text: string): number[] {
  const { count, starts, ends, before } = digitRuns(text);
  const found: number[] = [];
  for (let run = 0; run < count; run++) {
    const start = starts[run]!;
    const code = before[run]!;
    if (!isAlphanumericCode(code)) {
      if (mayStartToken(text, start, ends[run]!)) found.push(start);
    } else if ((code === 99 || code === 67) && mayStartBech32(text, start - 2)) {
      found.push(start - 2);
    }
  }
  return found;
}

/** Finds Bitcoin (base58check, bech32, bech32m) and Ethereum (EIP-55) addresses with their checksums verified. */
export function findCryptoAddresses(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  for (const found of matchesAt(candidatePattern, text, cryptoStarts(text))) {
    const verdict = classify(found[0]);
    if (verdict) matches.push({ start: found.index, end: found.index + found[0].length, ...verdict });
  }
  return matches;
}

/** Cryptocurrency wallet addresses: Bitcoin with its checksum, Ethereum with EIP-55 when mixed-case. */
export const cryptoRecognizer: Recognizer = {
  id: 'crypto',
  needsDigit: true,
  entity: 'CRYPTO',
  context: ['wallet', 'bitcoin', 'btc', 'ethereum', 'eth', 'crypto', 'address', 'send', 'deposit'],
  negativeContext: ['hash', 'tx', 'txid', 'commit', 'sha', 'digest'],
  recognize: findCryptoAddresses,
};
