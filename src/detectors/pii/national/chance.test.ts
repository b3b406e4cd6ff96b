import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../core/random.js';
import type { Recognizer } from '../../types.js';
import { brCpfRecognizer } from './br-cpf.js';
import { auTfnRecognizer } from './au-tfn.js';
import { caSinRecognizer } from './ca-sin.js';
import { deTaxIdRecognizer } from './de-tax-id.js';
import { inAadhaarRecognizer } from './in-aadhaar.js';
import { nlBsnRecognizer } from './nl-bsn.js';
import { plPeselRecognizer } from './pl-pesel.js';
import { sePersonnummerRecognizer } from './se-personnummer.js';
import { ukNhsRecognizer } from './uk-nhs.js';

/**
 * The scoring rule of the README: a bare digit run reports (score ≥ 0.5) only when its checks are
 * at least as hard to pass by chance as a payment card's (Luhn and issuer ranges let about 1 random
 * 16-digit run in 36 through): at most 1 random run of the id's length in 50. Measured here on
 * seeded random runs, so changing a check or a score without the other fails this test.
 */
const reportThreshold = 0.5;
const maxChanceToReportBare = 1 / 50;
const samples = 30_000;
/**
 * Exceptions, with the reason: a bare 10-digit run is as often a Unix time in seconds (2001–2033
 * all start with 1), whose leading digits read as a YYMMDD date far more often than chance says.
 */
const timestampShaped = new Set(['se-personnummer']);

const digitOnlyIds: { recognizer: Recognizer; length: number }[] = [
  { recognizer: ukNhsRecognizer, length: 10 },
  { recognizer: caSinRecognizer, length: 9 },
  { recognizer: auTfnRecognizer, length: 9 },
  { recognizer: nlBsnRecognizer, length: 9 },
  { recognizer: inAadhaarRecognizer, length: 12 },
  { recognizer: plPeselRecognizer, length: 11 },
  { recognizer: deTaxIdRecognizer, length: 11 },
  { recognizer: sePersonnummerRecognizer, length: 10 },
  { recognizer: brCpfRecognizer, length: 11 },
];

/** Share of random runs that pass the recognizer's checks, and the share of those that report. */
function chanceOf(recognizer: Recognizer, length: number): { chance: number; reported: number } {
  const random = createRandom(length * 7919 + recognizer.id.length);
  let passed = 0;
  let reported = 0;
  for (let sample = 0; sample < samples; sample++) {
    let digits = '';
    for (let index = 0; index < length; index++) digits += String(Math.floor(random() * 10));
    const matches = [...recognizer.recognize(`ref ${digits} ok`)];
    if (matches.length === 0) continue;
    passed++;
    if (matches[0]!.score >= reportThreshold) reported++;
  }
  return { chance: passed / samples, reported: reported / passed };
}

describe('bare digit runs report only when their checks are as strict as a card number’s', () => {
  for (const { recognizer, length } of digitOnlyIds) {
    it(`${recognizer.id}: chance of a random ${length}-digit run and bare score agree`, () => {
      const { chance, reported } = chanceOf(recognizer, length);
      expect(chance).toBeGreaterThan(0);
      if (chance > maxChanceToReportBare || timestampShaped.has(recognizer.id)) expect(reported).toBe(0);
      // Most pass: a rule may hold back a shape that is common for other reasons (PESEL's date stamps).
      else expect(reported).toBeGreaterThan(0.9);
    });
  }
});
