import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, ukNhsRecognizer } from './uk-nhs.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('uk-nhs', () => {
  it('validates the mod-11 check digit', () => {
    expect(isValidNhsNumber('4010232137')).toBe(true);
    expect(isValidNhsNumber('6000000014')).toBe(true);
    expect(isValidNhsNumber('4010232138')).toBe(false);
    expect(isValidNhsNumber('0000000000')).toBe(false);
    expect(isValidNhsNumber('401023213')).toBe(false);
  });

  it('never accepts a number whose check value would be 10', () => {
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`123456789${last}`)).toBe(false);
  });

  it('finds compact, spaced and hyphenated numbers with exact spans at the base score', () => {
    const text = 'Seen today: 401 023 2137, later 7123456785 and 600-000-0014.';
    expect(spansOf(scanWith(ukNhsRecognizer, text))).toEqual([
      { type: 'UK_NHS', ...spanOf(text, '401 023 2137'), score: 0.4 },
      { type: 'UK_NHS', ...spanOf(text, '7123456785'), score: 0.4 },
      { type: 'UK_NHS', ...spanOf(text, '600-000-0014'), score: 0.4 },
    ]);
  });

  it('rejects bad check digits, wrong lengths, mixed separators and pieces of longer numbers', () => {
    const text = 'a 4010232138 b 401023213 c 40102321370 d 401 023-2137 e 12 401 023 2137 f 3.4010232137';
    expect(scanWith(ukNhsRecognizer, text)).toEqual([]);
  });

  it('rises above 0.5 next to "NHS" and drops next to "phone"', () => {
    const withContext = 'Her NHS number is 401 023 2137.';
    expect(spansOf(scanWith(ukNhsRecognizer, withContext))).toEqual([
      { type: 'UK_NHS', ...spanOf(withContext, '401 023 2137'), score: 0.7 },
    ]);
    expect(scanWith(ukNhsRecognizer, 'phone 4010232137')[0]?.score).toBe(0.1);
  });

  it('rises above 0.5 under a CSV column header, and a little for "NHS" anywhere in the text', () => {
    const csv = `nhs_number,status\n${'943 476 5919,active\n'.repeat(6)}401 023 2137,closed`;
    expect(scanWith(ukNhsRecognizer, csv).map((finding) => finding.score)).toEqual([0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7]);
    const letter = `Please update my NHS record. ${'The clinic moved last spring. '.repeat(4)}Here it is: 401 023 2137.`;
    expect(scanWith(ukNhsRecognizer, letter)[0]?.score).toBe(0.55);
    expect(scanWith(ukNhsRecognizer, `${'The clinic moved last spring. '.repeat(4)}Here it is: 401 023 2137.`)[0]?.score).toBe(0.4);
  });

  it('rejects a number glued to ":" and a token (a bot token, a port)', () => {
    expect(scanWith(ukNhsRecognizer, 'NHS 4010232137:AAVen2aw0JWilnpdvX94kz1')).toEqual([]);
  });

  it('scans 200k digits quickly and finds nothing', () => {
    const { milliseconds, findings } = timedScan(ukNhsRecognizer, '7'.repeat(200_000));
    expect(findings).toEqual([]);
    expect(milliseconds).toBeLessThan(2000);
  });
});
