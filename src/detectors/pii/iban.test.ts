import { describe, expect, it } from 'vitest';
import { findIbans, ibanRecognizer, ibanStarts } from './iban.js';

function found(text: string): string[] {
  return findIbans(text).map((match) => text.slice(match.start, match.end));
}

describe('iban recognizer', () => {
  it('finds compact and grouped IBANs with exact spans', () => {
    expect(findIbans('Pay to DE61 1002 0030 4005 0060 07, ref 42.')).toEqual([{ start: 7, end: 34, score: 0.9, message: 'DE' }]);
    expect(found('{"iban":"GB90ZYXW11223344556677","bic":"ZYXWGB2L"}')).toEqual(['GB90ZYXW11223344556677']);
    expect(found('FR48 1234 5678 9012 3456 7890 123\nNL13TEST0123456789;NO7112345678903')).toEqual([
      'FR48 1234 5678 9012 3456 7890 123',
      'NL13TEST0123456789',
      'NO7112345678903',
    ]);
    expect(found('MT20 ABCD 1234 5123 4567 8901 2345 6XY and LC39ABCD123456789012345678901234')).toEqual([
      'MT20 ABCD 1234 5123 4567 8901 2345 6XY',
      'LC39ABCD123456789012345678901234',
    ]);
  });

  it('rejects bad check digits, wrong lengths, unknown countries and glued tokens', () => {
    expect(found('DE62 1002 0030 4005 0060 07')).toEqual([]);
    expect(found('DE61 1002 0030 4005 0060 08')).toEqual([]);
    expect(found('DE61100200304005006007 9')).toEqual(['DE61100200304005006007']);
    expect(found('DE611002003040050060071')).toEqual([]);
    expect(found('XX61100200304005006007 ID00100200304005006007')).toEqual([]);
    expect(found('ACCT-DE61100200304005006007 xDE61100200304005006007')).toEqual(['DE61100200304005006007']);
    expect(found('de61100200304005006007')).toEqual([]);
  });

  it('rejects spaces that are not between groups of four', () => {
    expect(found('DE61 10020030 4005 0060 07')).toEqual([]);
    expect(found('DE61  1002 0030 4005 0060 07')).toEqual([]);
  });

  it('ignores lookalikes: model numbers, hashes, ISO codes with digits', () => {
    expect(found('model AB12-3456, sha DE12AF34BC56, route US1234567890123456')).toEqual([]);
  });

  it('finishes on pathological input', () => {
    expect(findIbans('DE61'.repeat(250_000))).toEqual([]);
    expect(findIbans('DE61 '.repeat(200_000))).toEqual([]);
    expect(findIbans('A'.repeat(1_000_000))).toEqual([]);
  });

  it('declares its entity and context words', () => {
    expect(ibanRecognizer.entity).toBe('IBAN_CODE');
    expect(ibanRecognizer.context).toContain('iban');
  });
});

describe('ibanStarts', () => {
  it('gives the start of two capitals before a run of two or more digits', () => {
    expect(ibanStarts('IBAN DE89 3704, NL23 KNAB, X1 AB7 ab12 GB82WEST')).toEqual([5, 16, 39]);
  });
});
