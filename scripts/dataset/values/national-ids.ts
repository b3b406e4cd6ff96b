import { italianCheckLetter, luhnCheckDigit, mod11Mod10CheckDigit, mod97, verhoeffCheckDigit } from '../checksums.js';
import type { Random } from '../random.js';
import { asciiFold } from './contact.js';
import { cpfCheckDigits, isAmbiguous, nhsCheckDigit, peselCheckDigit } from './national-checks.js';
import { nameCultures } from './people.js';

const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Draws compact values until one is not valid under another same-length scheme. */
function unambiguous(type: string, random: Random, make: (random: Random) => string | undefined): string {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const value = make(random);
    if (value !== undefined && !isAmbiguous(type, value)) return value;
  }
  throw new Error(`no unambiguous ${type} after 500 attempts`);
}

export function randomUsSsn(random: Random): string {
  let area = random.int(1, 899);
  if (area === 666) area = 667;
  const digits = `${String(area).padStart(3, '0')}${String(random.int(1, 99)).padStart(2, '0')}${String(random.int(1, 9999)).padStart(4, '0')}`;
  const separator = random.weighted([['-', 16], [' ', 3], ['', 1]] as const);
  return `${digits.slice(0, 3)}${separator}${digits.slice(3, 5)}${separator}${digits.slice(5)}`;
}

export function randomNhsNumber(random: Random): string {
  let digits: string | undefined;
  while (digits === undefined) {
    const nine = `${random.pick(['4', '6', '7'])}${random.digits(8)}`;
    const check = nhsCheckDigit(nine);
    if (check !== undefined) digits = `${nine}${check}`;
  }
  const separator = random.weighted([[' ', 6], ['', 3], ['-', 1]] as const);
  return `${digits.slice(0, 3)}${separator}${digits.slice(3, 6)}${separator}${digits.slice(6)}`;
}

export function randomNino(random: Random): string {
  let prefix = 'ZZ';
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix)) {
    prefix = random.chars('ABCEGHJKLMNOPRSTWXYZ', 1) + random.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  }
  const digits = random.digits(6);
  const suffix = random.chars('ABCD', 1);
  return random.chance(0.6) ? `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${suffix}` : `${prefix}${digits}${suffix}`;
}

export function randomSin(random: Random): string {
  const digits = unambiguous('CA_SIN', random, () => {
    const payload = `${random.pick(['1', '2', '3', '4', '5', '6', '7', '9'])}${random.digits(7)}`;
    return `${payload}${luhnCheckDigit(payload)}`;
  });
  const separator = random.weighted([[' ', 5], ['-', 3], ['', 2]] as const);
  return `${digits.slice(0, 3)}${separator}${digits.slice(3, 6)}${separator}${digits.slice(6)}`;
}

const dniLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function randomSpanishNif(random: Random): string {
  const number = random.digits(8);
  const letter = dniLetters[Number(number) % 23]!;
  return random.weighted([[`${number}${letter}`, 7], [`${number}-${letter}`, 2], [`${number.slice(0, 2)}.${number.slice(2, 5)}.${number.slice(5)}-${letter}`, 1]] as const);
}

export function randomSpanishNie(random: Random): string {
  const prefix = random.pick(['X', 'Y', 'Z']);
  const number = random.digits(7);
  const letter = dniLetters[Number(`${'XYZ'.indexOf(prefix)}${number}`) % 23]!;
  return random.chance(0.8) ? `${prefix}${number}${letter}` : `${prefix}-${number}-${letter}`;
}

function italianNamePart(name: string, isGiven: boolean): string {
  const letters = asciiFold(name).toUpperCase();
  const consonants = letters.replace(/[AEIOU]/g, '');
  const vowels = letters.replace(/[^AEIOU]/g, '');
  if (isGiven && consonants.length >= 4) return `${consonants[0]}${consonants[2]}${consonants[3]}`;
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

const belfioreCodes = ['H501', 'F205', 'F839', 'L219', 'G273', 'A944', 'D612', 'A662', 'B354', 'L736', 'D969', 'C351'];

/** A codice fiscale computed from an Italian name, birth date, sex and comune code. */
export function randomItalianFiscalCode(random: Random): string {
  const culture = nameCultures.find((item) => item.id === 'italian')!;
  const female = random.chance(0.5);
  const given = random.pick(female ? culture.female : culture.male);
  const family = random.pick(culture.family);
  const day = random.int(1, 28) + (female ? 40 : 0);
  const body = `${italianNamePart(family, false)}${italianNamePart(given, true)}${random.digits(2)}${random.pick([...'ABCDEHLMPRST'])}${String(day).padStart(2, '0')}${random.pick(belfioreCodes)}`;
  return `${body}${italianCheckLetter(body)}`;
}

export function randomAadhaar(random: Random): string {
  const payload = `${random.int(2, 9)}${random.digits(10)}`;
  const digits = `${payload}${verhoeffCheckDigit(payload)}`;
  const separator = random.weighted([[' ', 7], ['', 2], ['-', 1]] as const);
  return `${digits.slice(0, 4)}${separator}${digits.slice(4, 8)}${separator}${digits.slice(8)}`;
}

export function randomPan(random: Random): string {
  const holder = random.weighted([['P', 8], ['C', 1], ['H', 0.5], ['F', 0.5], ['T', 0.3], ['A', 0.2]] as const);
  return `${random.chars(upper, 3)}${holder}${random.chars(upper, 1)}${String(random.int(1, 9999)).padStart(4, '0')}${random.chars(upper, 1)}`;
}

export function randomPesel(random: Random): string {
  return unambiguous('PL_PESEL', random, () => {
    const year = random.int(1940, 2009);
    const month = random.int(1, 12) + (year >= 2000 ? 20 : 0);
    const ten = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}${random.digits(4)}`;
    return `${ten}${peselCheckDigit(ten)}`;
  });
}

export function randomTfn(random: Random): string {
  const digits = unambiguous('AU_TFN', random, () => {
    const eight = `${random.int(1, 9)}${random.digits(7)}`;
    const sum = [1, 4, 3, 7, 5, 8, 6, 9].reduce((total, weight, index) => total + weight * Number(eight[index]), 0);
    const last = sum % 11;
    return last === 10 ? undefined : `${eight}${last}`;
  });
  return random.chance(0.6) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;
}

export function randomGermanTaxId(random: Random): string {
  const digits = unambiguous('DE_TAX_ID', random, () => {
    const distinct = random.shuffle([...'0123456789']).slice(0, 9);
    const ten = random.shuffle([...distinct, random.pick(distinct)]);
    if (ten[0] === '0') return undefined;
    const payload = ten.join('');
    return `${payload}${mod11Mod10CheckDigit(payload)}`;
  });
  return random.chance(0.7) ? digits : `${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 8)} ${digits.slice(8)}`;
}

export function randomBsn(random: Random): string {
  const digits = unambiguous('NL_BSN', random, () => {
    const eight = `${random.int(1, 6)}${random.digits(7)}`;
    const sum = [9, 8, 7, 6, 5, 4, 3, 2].reduce((total, weight, index) => total + weight * Number(eight[index]), 0);
    const last = sum % 11;
    return last === 10 ? undefined : `${eight}${last}`;
  });
  return random.weighted([[digits, 8], [`${digits.slice(0, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`, 1], [`${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`, 1]] as const);
}

/** A French NIR (numéro de sécurité sociale) with its mod-97 key; Corsica as 2A/2B. */
export function randomNir(random: Random): string {
  const department = random.chance(0.05) ? random.pick(['2A', '2B']) : String(random.pick([random.int(1, 19), random.int(21, 95)])).padStart(2, '0');
  const parts = [random.pick(['1', '2']), random.digits(2), String(random.int(1, 12)).padStart(2, '0'), department, String(random.int(1, 999)).padStart(3, '0'), String(random.int(1, 999)).padStart(3, '0')];
  const numeric = parts.join('').replace('2A', '19').replace('2B', '18');
  const key = String(97 - mod97(numeric)).padStart(2, '0');
  return random.chance(0.6) ? [...parts, key].join(' ') : `${parts.join('')}${key}`;
}

export function randomCpf(random: Random): string {
  const digits = unambiguous('BR_CPF', random, () => {
    const nine = random.digits(9);
    return /^(\d)\1{8}$/.test(nine) ? undefined : `${nine}${cpfCheckDigits(nine)}`;
  });
  return random.chance(0.8) ? `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}-${digits.slice(9)}` : digits;
}
