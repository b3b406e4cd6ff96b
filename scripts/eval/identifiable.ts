import { createRandom } from '../../src/core/random.js';
import type { GoldEntity } from './dataset.js';
import { validators } from './gold-validators.js';

/**
 * Which bare mentions a reader could identify. A national id written with no word naming its type
 * (gold `unnamed`) is only its digits; when random digits of its length pass its published check
 * more often than 1 time in 50 (the rate at which Luhn and issuer ranges let a random 16-digit run
 * through as a card number is about 1 in 36), such a mention cannot be told from an order, account
 * or ticket number by anyone reading the text. The scorer sets those mentions aside in its
 * `identifiable` column (neither a miss when not found nor a false positive when found) and keeps
 * them in the all-mentions columns.
 *
 * The rates come from the scorer's own validators (gold-validators.ts, written apart from the
 * detectors), on seeded random digits, so the detectors cannot move the line.
 */
export const maxIdentifiableChance = 1 / 50;

/** Digit-only identifier types and the lengths their values are written with. */
export const digitOnlyTypes: Readonly<Record<string, readonly number[]>> = {
  US_SSN: [9],
  CA_SIN: [9],
  AU_TFN: [9],
  NL_BSN: [9],
  UK_NHS: [10],
  PL_PESEL: [11],
  DE_TAX_ID: [11],
  BR_CPF: [11],
  IN_AADHAAR: [12],
};

const samplesPerLength = 20_000;

/** Share of random digit runs of the type's lengths that its validator accepts. */
export function chanceOfPassing(type: string, samples = samplesPerLength): number {
  const validate = validators[type];
  const lengths = digitOnlyTypes[type];
  if (!validate || !lengths) throw new Error(`no digit-only validator for ${type}`);
  let passed = 0;
  for (const length of lengths) {
    const random = createRandom(length * 104_729 + type.length);
    for (let sample = 0; sample < samples; sample++) {
      let digits = '';
      for (let index = 0; index < length; index++) digits += String(Math.floor(random() * 10));
      if (validate(digits)) passed++;
    }
  }
  return passed / (samples * lengths.length);
}

let weakTypes: ReadonlyMap<string, number> | undefined;

/** Digit-only types whose bare mentions are not identifiable, with their measured chance. */
export function weakCheckTypes(): ReadonlyMap<string, number> {
  weakTypes ??= new Map(
    Object.keys(digitOnlyTypes)
      .map((type) => [type, chanceOfPassing(type)] as const)
      .filter(([, chance]) => chance > maxIdentifiableChance),
  );
  return weakTypes;
}

/** Whether a gold mention is set aside in the identifiable column. */
export function isUnidentifiable(entity: GoldEntity): boolean {
  return entity.unnamed === true && weakCheckTypes().has(entity.type);
}
