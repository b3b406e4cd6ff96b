import { describe, expect, it } from 'vitest';
import { ibanCheckDigits, isIbanChecksumValid, mod97 } from './mod97.js';

describe('mod97', () => {
  it('reads digits and letters (A=10 … Z=35) and reduces mod 97', () => {
    expect(mod97('97')).toBe(0);
    expect(mod97('98')).toBe(1);
    expect(mod97('A')).toBe(10);
    expect(mod97('Z')).toBe(35);
    expect(mod97('1000000000000000000000000000000')).toBe(Number(10n ** 30n % 97n));
  });

  it('returns -1 on a character outside 0-9 and A-Z', () => {
    expect(mod97('12a')).toBe(-1);
    expect(mod97('12 3')).toBe(-1);
  });
});

describe('isIbanChecksumValid', () => {
  it('accepts an IBAN built with computed check digits and rejects a one-digit change', () => {
    const bban = '370400440532013000';
    const iban = `DE${ibanCheckDigits('DE', bban)}${bban}`;
    expect(iban).toBe('DE89370400440532013000');
    expect(isIbanChecksumValid(iban)).toBe(true);
    expect(isIbanChecksumValid('DE89370400440532013001')).toBe(false);
    expect(isIbanChecksumValid('DE88370400440532013000')).toBe(false);
  });

  it('handles letters inside the BBAN', () => {
    const bban = 'NWBK60161331926819';
    expect(isIbanChecksumValid(`GB${ibanCheckDigits('GB', bban)}${bban}`)).toBe(true);
  });

  it('rejects input too short to hold a country code and check digits', () => {
    expect(isIbanChecksumValid('DE89')).toBe(false);
  });
});
