/**
 * Remainder mod 97 of an alphanumeric string read as ISO 7064 MOD 97-10 does (letters A–Z count
 * as 10–35), or -1 when a character is neither a digit nor an uppercase letter.
 */
export function mod97(value: string): number {
  let remainder = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      remainder = (remainder * 10 + (code - 48)) % 97;
    } else if (code >= 65 && code <= 90) {
      remainder = (remainder * 100 + (code - 55)) % 97;
    } else {
      return -1;
    }
  }
  return remainder;
}

/** True when an IBAN without spaces passes the ISO 13616 check: the rotated value mod 97 is 1. */
export function isIbanChecksumValid(iban: string): boolean {
  if (iban.length < 5) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** The two check digits that make `countryCode + checkDigits + bban` a valid IBAN. */
export function ibanCheckDigits(countryCode: string, bban: string): string {
  const remainder = mod97(`${bban}${countryCode}00`);
  if (remainder < 0) throw new RangeError(`not an uppercase alphanumeric BBAN: ${bban}`);
  return String(98 - remainder).padStart(2, '0');
}
