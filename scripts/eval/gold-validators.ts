import { crc32 } from 'node:zlib';
import { isIP } from 'node:net';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bech32, bech32m, createBase58check } from '@scure/base';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import * as checksums from '../dataset/checksums.js';

/** Validators written again here, differently from the generator, so a shared bug cannot hide. */
export const onlyDigits = (text: string): string => text.replace(/[^0-9]/g, '');

function luhn(number: string): boolean {
  const total = [...number].reverse().reduce((sum, char, index) => {
    const value = Number(char) * (index % 2 === 1 ? 2 : 1);
    return sum + Math.floor(value / 10) + (value % 10);
  }, 0);
  return total % 10 === 0;
}

function ibanValid(iban: string): boolean {
  const compact = iban.replace(/\s/g, '');
  const moved = `${compact.slice(4)}${compact.slice(0, 4)}`;
  const numeric = moved.replace(/[A-Z]/g, (char) => String(char.charCodeAt(0) - 55));
  return BigInt(numeric) % 97n === 1n;
}

/** Verhoeff through the dihedral group D5 instead of lookup tables. */
export function verhoeff(number: string): boolean {
  const multiply = (j: number, k: number): number =>
    j < 5 ? (k < 5 ? (j + k) % 5 : 5 + ((j + k - 5) % 5)) : k < 5 ? 5 + ((((j - 5 - k) % 5) + 5) % 5) : (((j - k) % 5) + 5) % 5;
  const cycle = [1, 5, 8, 9, 4, 2, 7, 0];
  const step = (digit: number): number => (digit === 3 ? 6 : digit === 6 ? 3 : cycle[(cycle.indexOf(digit) + 1) % 8]!);
  const permute = (times: number, digit: number): number => Array.from({ length: times % 8 }).reduce<number>((value) => step(value), digit);
  return [...number].reverse().reduce((state, char, index) => multiply(state, permute(index, Number(char))), 0) === 0;
}

const weighted = (digits: string, weights: number[]): number => weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0);

/** A PESEL's first six digits are its holder's birth date: the month carries the century (+80 for the 1800s, +0, +20, +40, +60). */
function peselDateValid(digits: string): boolean {
  const encodedMonth = Number(digits.slice(2, 4));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(encodedMonth / 20)];
  const month = encodedMonth % 20;
  if (century === undefined || month < 1 || month > 12) return false;
  const year = century + Number(digits.slice(0, 2));
  const day = Number(digits.slice(4, 6));
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const validators: Record<string, (value: string) => boolean> = {
  CREDIT_CARD: (value) => /^[0-9 -]+$/.test(value) && luhn(onlyDigits(value)) && /^(4|5[1-5]|2[2-7]|3[47]|6|3[0568])/.test(onlyDigits(value)),
  IBAN_CODE: ibanValid,
  US_SSN: (value) => /^(?!000|666|9)\d{3}[- ]?(?!00)\d{2}[- ]?(?!0000)\d{4}$/.test(value),
  IN_AADHAAR: (value) => /^[2-9]/.test(value) && verhoeff(onlyDigits(value)) && onlyDigits(value).length === 12,
  UK_NHS: (value) => {
    const digits = onlyDigits(value);
    const check = (11 - (weighted(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    return digits.length === 10 && check !== 10 && check === Number(digits[9]);
  },
  CA_SIN: (value) => onlyDigits(value).length === 9 && luhn(onlyDigits(value)),
  AU_TFN: (value) => weighted(onlyDigits(value), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0,
  NL_BSN: (value) => (weighted(onlyDigits(value), [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 + 11) % 11 === 0,
  PL_PESEL: (value) => /^\d{11}$/.test(value) && peselDateValid(value) && weighted(value, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]) % 10 === 0,
  BR_CPF: (value) => {
    const digits = onlyDigits(value);
    const first = ((weighted(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
    const second = ((weighted(digits, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
    return digits.length === 11 && first === Number(digits[9]) && second === Number(digits[10]);
  },
  DE_TAX_ID: (value) => {
    const digits = onlyDigits(value);
    const repeated = [...'0123456789'].filter((digit) => digits.slice(0, 10).split(digit).length - 1 > 1);
    return digits.length === 11 && digits[0] !== '0' && repeated.length === 1 && checksums.mod11Mod10CheckDigit(digits.slice(0, 10)) === Number(digits[10]);
  },
  ES_NIF: (value) => {
    const compact = value.replace(/[.-]/g, '');
    return 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(compact.slice(0, 8)) % 23] === compact[8];
  },
  ES_NIE: (value) => {
    const compact = value.replace(/-/g, '');
    return 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(`${'XYZ'.indexOf(compact[0]!)}${compact.slice(1, 8)}`) % 23] === compact[8];
  },
  FR_NIR: (value) => {
    const compact = value.replace(/ /g, '');
    const body = compact.slice(0, 13).replace('2A', '19').replace('2B', '18');
    return 97n - (BigInt(body) % 97n) === BigInt(compact.slice(13));
  },
  IT_FISCAL_CODE: (value) => /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(value) && checksums.italianCheckLetter(value.slice(0, 15)) === value[15],
  UK_NINO: (value) => /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(value),
  IN_PAN: (value) => /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/.test(value),
  IP_ADDRESS: (value) => isIP(value) !== 0,
  MAC_ADDRESS: (value) => /^([0-9A-Fa-f]{2}([:-])){5}[0-9A-Fa-f]{2}$|^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/.test(value),
  EMAIL_ADDRESS: (value) => /^[A-Za-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value),
  URL: (value) => URL.canParse(value.startsWith('www.') ? `https://${value}` : value),
  CRYPTO: cryptoValid,
  GITHUB_TOKEN: (value) => value.startsWith('github_pat_') ? /^github_pat_\w{22}_\w{59}$/.test(value) : crcTokenValid(value),
  NPM_TOKEN: crcTokenValid,
  AGE_SECRET_KEY: (value) => bech32.decode(value.toLowerCase() as `${string}1${string}`, 120).prefix === 'age-secret-key-',
};

function crcTokenValid(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  return body.length === 36 && checksums.toBase62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

function cryptoValid(value: string): boolean {
  if (value.startsWith('0x')) {
    const hex = value.slice(2);
    if (hex === hex.toLowerCase()) return /^[0-9a-f]{40}$/.test(hex);
    const hash = keccak_256(new TextEncoder().encode(hex.toLowerCase()));
    return [...hex].every((char, index) => {
      const nibble = (hash[index >> 1]! >> (index % 2 === 0 ? 4 : 0)) & 15;
      return /[0-9]/.test(char) || (nibble >= 8 ? char === char.toUpperCase() : char === char.toLowerCase());
    });
  }
  if (value.startsWith('bc1q')) return bech32.decode(value as `${string}1${string}`).prefix === 'bc';
  if (value.startsWith('bc1p')) return bech32m.decode(value as `${string}1${string}`).prefix === 'bc';
  const payload = createBase58check(sha256).decode(value);
  return payload.length === 21 && (payload[0] === 0 || payload[0] === 5);
}

const phoneCountries: CountryCode[] = ['US', 'GB', 'CA', 'AU', 'IN', 'DE', 'FR', 'ES', 'IT', 'BR', 'PL', 'NL', 'MX'];
export const phoneValid = (value: string): boolean => phoneCountries.some((country) => parsePhoneNumberFromString(value, country)?.isValid() === true);
