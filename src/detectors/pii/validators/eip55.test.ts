import { describe, expect, it } from 'vitest';
import { isEip55Valid, toEip55Address } from './eip55.js';

const lower = '0x52908400098527886e0f7030069857d2e4169ee7';

describe('toEip55Address', () => {
  it('upper-cases exactly the letters whose keccak-256 nibble is 8 or more', () => {
    expect(toEip55Address(lower)).toBe('0x52908400098527886E0F7030069857D2E4169EE7');
    expect(toEip55Address('0xde709f2102306220921060314715629080e2fb77')).toBe('0xde709f2102306220921060314715629080e2fb77');
  });
});

describe('isEip55Valid', () => {
  it('accepts the checksummed form and rejects one letter with the wrong case', () => {
    const checksummed = toEip55Address(lower);
    expect(isEip55Valid(checksummed)).toBe(true);
    expect(isEip55Valid(checksummed.replace('E0F', 'e0F'))).toBe(false);
  });
});
