import { ibanCheckDigits, italianCheckLetter, luhnCheckDigit, mod97, ribKey, spanishAccountDigit } from '../checksums.js';
import type { Random } from '../random.js';

interface CardIssuer {
  name: string;
  weight: number;
  prefix(random: Random): string;
  length(random: Random): number;
  groups(length: number): number[];
}

const fourByFour = (length: number): number[] => (length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4]);

/** Issuer ranges (IIN prefixes and lengths) as published by the networks. */
export const cardIssuers: readonly CardIssuer[] = [
  { name: 'visa', weight: 10, prefix: () => '4', length: (random) => (random.chance(0.05) ? 19 : 16), groups: fourByFour },
  { name: 'mastercard', weight: 8, prefix: (random) => (random.chance(0.7) ? String(random.int(51, 55)) : String(random.int(2221, 2720))), length: () => 16, groups: fourByFour },
  { name: 'amex', weight: 4, prefix: (random) => random.pick(['34', '37']), length: () => 15, groups: () => [4, 6, 5] },
  { name: 'discover', weight: 2, prefix: (random) => random.pick(['6011', String(random.int(644, 649)), '65']), length: () => 16, groups: fourByFour },
  { name: 'jcb', weight: 1, prefix: (random) => String(random.int(3528, 3589)), length: () => 16, groups: fourByFour },
  { name: 'diners', weight: 1, prefix: (random) => random.pick(['36', String(random.int(300, 305))]), length: () => 14, groups: () => [4, 6, 4] },
  { name: 'unionpay', weight: 1, prefix: () => '62', length: (random) => (random.chance(0.3) ? 19 : 16), groups: fourByFour },
];

/** Digits of a card number with a valid Luhn check digit. */
export function randomCardDigits(random: Random): { digits: string; issuer: CardIssuer } {
  const issuer = random.weighted(cardIssuers.map((item) => [item, item.weight] as const));
  const prefix = issuer.prefix(random);
  const length = issuer.length(random);
  const payload = prefix + random.digits(length - prefix.length - 1);
  return { digits: payload + String(luhnCheckDigit(payload)), issuer };
}

/** Splits `digits` into the issuer's groups joined by `separator`. */
export function groupDigits(digits: string, groups: readonly number[], separator: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(separator);
}

/** A Luhn-valid card number with a real issuer prefix, compact or grouped by space or dash. */
export function randomCreditCard(random: Random): string {
  const { digits, issuer } = randomCardDigits(random);
  const separator = random.weighted([['', 3], [' ', 5], ['-', 2]] as const);
  return separator === '' ? digits : groupDigits(digits, issuer.groups(digits.length), separator);
}

type BbanMaker = (random: Random) => string;

const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** National account formats (BBAN), with their national check digits where they have one. */
const bbanMakers: Record<string, BbanMaker> = {
  DE: (random) => `${random.int(1, 8)}${random.digits(7)}${random.digits(10)}`,
  GB: (random) => `${random.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'NAIA'])}${random.digits(6)}${random.digits(8)}`,
  IE: (random) => `${random.pick(['AIBK', 'BOFI', 'IPBS'])}${random.digits(6)}${random.digits(8)}`,
  NL: (random) => `${random.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'KNAB'])}${random.digits(10)}`,
  FR: (random) => {
    const [bank, branch, account] = [random.digits(5), random.digits(5), random.digits(11)];
    return `${bank}${branch}${account}${ribKey(bank, branch, account)}`;
  },
  ES: (random) => {
    const [bank, branch, account] = [random.digits(4), random.digits(4), random.digits(10)];
    return `${bank}${branch}${spanishAccountDigit(`00${bank}${branch}`)}${spanishAccountDigit(account)}${account}`;
  },
  IT: (random) => {
    const rest = `${random.digits(5)}${random.digits(5)}${random.digits(12)}`;
    return `${italianCheckLetter(rest)}${rest}`;
  },
  BE: (random) => {
    const first = `${random.digits(3)}${random.digits(7)}`;
    const check = mod97(first) === 0 ? 97 : mod97(first);
    return `${first}${String(check).padStart(2, '0')}`;
  },
  CH: (random) => `${random.digits(5)}${random.digits(12)}`,
  AT: (random) => `${random.digits(5)}${random.digits(11)}`,
  PL: (random) => `${random.digits(8)}${random.digits(16)}`,
  PT: (random) => `${random.digits(21)}`,
  LU: (random) => `${random.digits(3)}${random.chars(upper, 3)}${random.digits(10)}`,
};

const ibanCountriesByLanguage: Record<string, readonly string[]> = {
  en: ['GB', 'GB', 'IE', 'DE', 'NL', 'FR'],
  de: ['DE', 'DE', 'AT', 'CH'],
  fr: ['FR', 'FR', 'BE', 'LU', 'CH'],
  es: ['ES'],
  it: ['IT'],
  nl: ['NL', 'BE'],
  pl: ['PL'],
  pt: ['PT'],
};

/** A compact IBAN (country + check digits + BBAN) that passes mod 97. */
export function randomIbanCompact(random: Random, language: string): string {
  const countries = ibanCountriesByLanguage[language] ?? Object.keys(bbanMakers);
  const country = random.chance(0.15) ? random.pick(Object.keys(bbanMakers)) : random.pick(countries);
  const bban = bbanMakers[country]!(random);
  return `${country}${ibanCheckDigits(country, bban)}${bban}`;
}

/** Writes a compact IBAN as printed (groups of four) or compact. */
export function writeIban(random: Random, compact: string): string {
  return random.chance(0.6) ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
}

export function randomIban(random: Random, language: string): string {
  return writeIban(random, randomIbanCompact(random, language));
}
