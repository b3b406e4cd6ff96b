import type { Recognizer, RecognizerMatch } from '../types.js';
import { isBitcoinBase58Address } from './validators/base58check.js';
import { isEip55Valid } from './validators/eip55.js';
import { isSegwitAddress } from './validators/segwit.js';

/** Ethereum 0x+40 hex, Bitcoin bech32 "bc1…", or Bitcoin base58 "1…"/"3…", as whole tokens. */
const candidatePattern =
  /(?<![0-9A-Za-z])(?:0x[0-9a-fA-F]{40}|(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34})(?![0-9A-Za-z])/g;

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

/** Finds Bitcoin (base58check, bech32, bech32m) and Ethereum (EIP-55) addresses with their checksums verified. */
export function findCryptoAddresses(text: string): RecognizerMatch[] {
  const matches: RecognizerMatch[] = [];
  for (const found of text.matchAll(candidatePattern)) {
    const verdict = classify(found[0]);
    if (verdict) matches.push({ start: found.index, end: found.index + found[0].length, ...verdict });
  }
  return matches;
}

/** Cryptocurrency wallet addresses: Bitcoin with its checksum, Ethereum with EIP-55 when mixed-case. */
export const cryptoRecognizer: Recognizer = {
  id: 'crypto',
  entity: 'CRYPTO',
  context: ['wallet', 'bitcoin', 'btc', 'ethereum', 'eth', 'crypto', 'address', 'send', 'deposit'],
  negativeContext: ['hash', 'tx', 'txid', 'commit', 'sha', 'digest'],
  recognize: findCryptoAddresses,
};
