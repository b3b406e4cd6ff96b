import { describe, expect, it } from 'vitest';
import { base62Alphabet, crc32, encodeBase62, hasValidBech32Checksum, hasValidCrc32Base62Checksum } from './checksums.js';

describe('crc32', () => {
  it('matches the published check values', () => {
    expect(crc32('')).toBe(0);
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
  });
});

describe('encodeBase62', () => {
  it('encodes with digits, upper, lower and pads to the width', () => {
    expect(base62Alphabet).toHaveLength(62);
    expect(encodeBase62(0, 6)).toBe('000000');
    expect(encodeBase62(61, 2)).toBe('0z');
    expect(encodeBase62(62, 1)).toBe('10');
    expect(encodeBase62(0xffffffff, 6)).toBe('4gfFC3');
  });
});

describe('hasValidCrc32Base62Checksum', () => {
  const random = 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC2';
  const token = `ghp_${random}${encodeBase62(crc32(random), 6)}`;

  it('accepts a token whose last six characters encode the CRC-32 of the random part', () => {
    expect(token).toHaveLength(40);
    expect(hasValidCrc32Base62Checksum(token)).toBe(true);
    expect(hasValidCrc32Base62Checksum(`npm_${token.slice(4)}`)).toBe(true);
  });

  it('rejects a changed character or a wrong length', () => {
    expect(hasValidCrc32Base62Checksum(`ghp_x${token.slice(5)}`)).toBe(false);
    expect(hasValidCrc32Base62Checksum(token.slice(0, -1))).toBe(false);
  });
});

describe('hasValidBech32Checksum', () => {
  const key = 'AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ8H00W3';

  it('accepts a valid bech32 string in upper case with the expected prefix', () => {
    expect(hasValidBech32Checksum(key, 'age-secret-key-')).toBe(true);
  });

  it('rejects a bad checksum or another prefix', () => {
    expect(hasValidBech32Checksum(`${key.slice(0, -1)}4`, 'age-secret-key-')).toBe(false);
    expect(hasValidBech32Checksum(key, 'age')).toBe(false);
  });
});

describe('checksumVerdict', () => {
  it('scores a verified checksum 0.99 and a failed one 0.6 with a message', async () => {
    const { checksumVerdict } = await import('./checksums.js');
    const random = 'Zq8Lm3Np5Rt7Vx9Bz2Dc4Fg6Hj8Kl0';
    const good = `ghp_${random}${encodeBase62(crc32(random), 6)}`;
    expect(checksumVerdict(good)).toBe(0.99);
    expect(checksumVerdict(`${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`)).toEqual({
      score: 0.6,
      message: 'token shape matches but its CRC-32 checksum does not',
    });
  });
});
