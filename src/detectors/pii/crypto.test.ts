import { describe, expect, it } from 'vitest';
import { cryptoRecognizer, cryptoStarts, findCryptoAddresses } from './crypto.js';

const legacy = '12aLvX1onH4MXdPzLhUpVYgBKWLMAR91XB';
const scriptHash = '33GMr4WFLBNjco6RTo9QvB37U2d4jLm2uu';
const segwit = 'bc1qz9r8hv89rf8cfw0wydvgmshh93sedjcqnnhn5f';
const taproot = 'bc1pq4xf8k3pdzhlv0vyevf9ng889e6mcq62j8vp7e4d7sac9jgs270qnzgujf';
const ethereumLower = '0x11467bb0e51a4f84b9ee23588dc2f72c6196cb00';
const ethereumChecksummed = '0x11467bB0E51A4F84b9ee23588dC2f72c6196cb00';

function found(text: string): [string, number, string | undefined][] {
  return findCryptoAddresses(text).map((match) => [text.slice(match.start, match.end), match.score, match.message]);
}

describe('crypto recognizer', () => {
  it('finds Bitcoin base58 and bech32 addresses with exact spans', () => {
    expect(findCryptoAddresses(`Send 0.1 BTC to ${legacy} today`)).toEqual([{ start: 16, end: 50, score: 0.9, message: 'bitcoin' }]);
    expect(found(`{"p2sh":"${scriptHash}","segwit":"${segwit}"}\ntaproot=${taproot}`)).toEqual([
      [scriptHash, 0.9, 'bitcoin'],
      [segwit, 0.9, 'bitcoin'],
      [taproot, 0.9, 'bitcoin'],
    ]);
    expect(found(`upper ${segwit.toUpperCase()}.`)).toEqual([[segwit.toUpperCase(), 0.9, 'bitcoin']]);
  });

  it('scores EIP-55 checksummed Ethereum addresses high and single-case ones lower', () => {
    expect(found(`to: ${ethereumChecksummed}, from: ${ethereumLower}`)).toEqual([
      [ethereumChecksummed, 0.9, 'ethereum'],
      [ethereumLower, 0.6, 'ethereum'],
    ]);
    expect(found(`0x${ethereumLower.slice(2).toUpperCase()}`)).toEqual([[`0x${ethereumLower.slice(2).toUpperCase()}`, 0.6, 'ethereum']]);
  });

  it('rejects wrong checksums: changed base58 or bech32 characters and bad EIP-55 case', () => {
    expect(found(`${legacy.slice(0, -1)}C ${scriptHash.replace('GMr', 'GMs')}`)).toEqual([]);
    expect(found(segwit.replace('z9r8', 'z9r9'))).toEqual([]);
    expect(found(ethereumChecksummed.replace('bB0E', 'bb0E'))).toEqual([]);
  });

  it('rejects git SHAs, transaction hashes, UUIDs and base64 lookalikes', () => {
    expect(found('commit 9fceb02d0ae598e95dc970b74767f19372d61af8 in 0x9fceb02d0ae598e95dc970b74767f19372d61af8aa')).toEqual([]);
    expect(found(`tx 0x${'ab'.repeat(32)} uuid 123e4567-e89b-12d3-a456-426614174000`)).toEqual([]);
    expect(found('token 1AbCdEfGhJkLmNpQrStUvWxYz123456789 and 3xyzXYZ111111111111111111111')).toEqual([]);
  });

  it('finishes on pathological input', () => {
    expect(findCryptoAddresses('1'.repeat(1_000_000))).toEqual([]);
    expect(findCryptoAddresses('1a '.repeat(300_000))).toEqual([]);
    expect(findCryptoAddresses('bc1q'.repeat(200_000))).toEqual([]);
    expect(findCryptoAddresses('0x'.repeat(500_000))).toEqual([]);
  });

  it('declares its entity and context words', () => {
    expect(cryptoRecognizer.entity).toBe('CRYPTO');
    expect(cryptoRecognizer.context).toContain('wallet');
  });
});

describe('cryptoStarts', () => {
  it('gives where an address can start: long tokens opening with 1, 3 or 0x, and bc1/BC1', () => {
    const text = `to ${legacy} or ${segwit}, ${ethereumLower} and BC1QZ9R8HV89 x`;
    expect([...cryptoStarts(text)!]).toEqual([3, 41, 85, 132]);
  });

  it('leaves out short tokens, glued digits and other prefixes', () => {
    expect([...cryptoStarts('1 abc, 3.14, x1234567890123456789012345678, 0x12, bC1qqqqqqqqqqq, 12:30')!]).toEqual([]);
  });
});
