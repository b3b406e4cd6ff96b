import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Random } from '../random.js';

const usAreaCodes = [
  201, 202, 205, 206, 212, 213, 214, 215, 216, 301, 303, 304, 305, 310, 312, 313, 314, 317, 402, 404, 406, 407, 410, 412,
  414, 415, 425, 469, 502, 503, 504, 505, 512, 513, 515, 518, 602, 608, 612, 614, 615, 617, 646, 702, 704, 713, 718, 720,
  773, 801, 808, 813, 816, 832, 907, 913, 917, 919, 971, 978,
];
const caAreaCodes = [204, 236, 250, 306, 403, 416, 418, 437, 438, 506, 514, 519, 587, 604, 613, 647, 705, 709, 780, 819, 902, 905];

type Candidate = (random: Random) => string;

/** A North American exchange: 2–9 first, never N11 (service codes) nor 555 (mostly fictional). */
function northAmericanExchange(random: Random): string {
  let exchange = '555';
  while (exchange === '555' || exchange.endsWith('11')) exchange = `${random.int(2, 9)}${random.digits(2)}`;
  return exchange;
}

/** National significant numbers in ranges that are in use; every candidate is then checked. */
const candidates: Record<string, Candidate> = {
  US: (random) => `${random.pick(usAreaCodes)}${northAmericanExchange(random)}${random.digits(4)}`,
  CA: (random) => `${random.pick(caAreaCodes)}${northAmericanExchange(random)}${random.digits(4)}`,
  GB: (random) => random.pick([`7${random.int(4, 9)}${random.digits(8)}`, `20${random.pick(['3', '7', '8'])}${random.digits(7)}`, `${random.pick(['161', '121', '131', '113', '117'])}${random.digits(7)}`]),
  DE: (random) => random.pick([`1${random.pick(['51', '52', '60', '62', '70', '71', '72', '76'])}${random.digits(8)}`, `30${random.digits(8)}`, `89${random.digits(8)}`, `221${random.digits(7)}`]),
  FR: (random) => `${random.pick(['6', '7', '1', '2', '4', '5'])}${random.digits(8)}`,
  IN: (random) => random.pick([`${random.int(6, 9)}${random.digits(9)}`, `11${random.int(2, 4)}${random.digits(7)}`, `22${random.int(2, 6)}${random.digits(7)}`]),
  BR: (random) => random.pick([`${random.pick(['11', '21', '31', '41', '51', '61', '71', '81', '85'])}9${random.int(6, 9)}${random.digits(7)}`, `${random.pick(['11', '21', '31'])}${random.int(2, 4)}${random.digits(7)}`]),
  ES: (random) => random.pick([`6${random.digits(8)}`, `7${random.int(1, 4)}${random.digits(7)}`, `91${random.digits(7)}`, `93${random.digits(7)}`]),
  IT: (random) => random.pick([`3${random.int(2, 9)}${random.digits(8)}`, `06${random.digits(8)}`, `02${random.digits(8)}`]),
  AU: (random) => random.pick([`4${random.digits(8)}`, `29${random.digits(7)}`, `39${random.digits(7)}`, `73${random.digits(7)}`, `89${random.digits(7)}`]),
  PL: (random) => `${random.pick(['50', '51', '53', '60', '66', '69', '72', '78', '88'])}${random.digits(7)}`,
  NL: (random) => `6${random.digits(8)}`,
  MX: (random) => `${random.pick(['55', '33', '81'])}${random.digits(8)}`,
  NG: (random) => `${random.pick(['803', '806', '813', '816', '703', '905'])}${random.digits(7)}`,
  KE: (random) => `7${random.pick(['0', '1', '2', '9'])}${random.digits(7)}`,
  JP: (random) => `${random.pick(['90', '80', '70'])}${random.digits(8)}`,
  ZA: (random) => `${random.pick(['71', '72', '82', '83'])}${random.digits(7)}`,
};

/** Countries whose numbers a text in each language tends to carry. */
const countriesByLanguage: Record<string, readonly (readonly [string, number])[]> = {
  en: [['US', 35], ['GB', 25], ['CA', 10], ['AU', 15], ['IN', 15]],
  es: [['ES', 85], ['MX', 15]],
  de: [['DE', 1]],
  fr: [['FR', 85], ['CA', 15]],
  it: [['IT', 1]],
  pt: [['BR', 1]],
  pl: [['PL', 1]],
  nl: [['NL', 1]],
  hi: [['IN', 1]],
};

/** A phone number that libphonenumber's full metadata accepts as valid, in a common written form. */
export function randomPhone(random: Random, language: string): string {
  const foreign = random.chance(0.1);
  const country = foreign ? random.pick(Object.keys(candidates)) : random.weighted(countriesByLanguage[language] ?? countriesByLanguage.en!);
  const generate = candidates[country]!;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const parsed = parsePhoneNumberFromString(generate(random), country as CountryCode);
    if (parsed?.isValid()) return writePhone(random, parsed, foreign);
  }
  throw new Error(`no valid ${country} phone number after 200 attempts`);
}

function writePhone(random: Random, phone: PhoneNumber, foreign: boolean): string {
  const international = phone.formatInternational();
  const national = phone.formatNational();
  const forms: (readonly [string, number])[] = [
    [international, foreign ? 6 : 3],
    [phone.number, foreign ? 2 : 1],
    [international.replace(/ /g, '-'), 1],
    [national, foreign ? 0 : 4],
  ];
  if (!foreign && (phone.country === 'US' || phone.country === 'CA')) {
    const digits = phone.nationalNumber;
    forms.push([`${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`, 3], [`${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`, 1]);
  }
  if (!foreign && phone.country === 'FR') forms.push([national.replace(/ /g, '.'), 1]);
  if (!foreign && phone.country === 'DE') forms.push([national.replace(' ', '/'), 1]);
  return random.weighted(forms);
}
