import { describe, expect, it } from 'vitest';
import { scoreWithContext } from '../context.js';
import { findUsSsns, isPlausibleSsn, usSsnRecognizer } from './us-ssn.js';

function found(text: string): [string, number][] {
  return findUsSsns(text).map((match) => [text.slice(match.start, match.end), match.score]);
}

describe('us-ssn recognizer', () => {
  it('finds dashed and spaced numbers with exact spans', () => {
    expect(findUsSsns('Employee SSN: 536-22-8745.')).toEqual([{ start: 14, end: 25, score: 0.6 }]);
    expect(found('{"name":"R. Diaz","ssn":"536 22 8745"}')).toEqual([['536 22 8745', 0.55]]);
    expect(found('row 17,772-10-0391,active')).toEqual([['772-10-0391', 0.6]]);
  });

  it('finds nine bare digits only next to an SSN word', () => {
    expect(found('social security number 536228745 on file')).toEqual([['536228745', 0.4]]);
    expect(found('SSN=536228745')).toEqual([['536228745', 0.4]]);
    expect(found('order 536228745 shipped')).toEqual([]);
  });

  it('does not take a bare number whose SSN word labels another value first', () => {
    expect(found('Ssn: 348 31 0213\nTFN: 319413953')).toEqual([['348 31 0213', 0.55]]);
    expect(found('Placeholder SSN 919-02-3300. It’s 849569880.')).toEqual([]);
  });

  it('takes a bare number in a column whose header names the SSN', () => {
    const csv = `id,social_security_number\n${Array.from({ length: 5 }, (_, row) => `${1000 + row},536228745`).join('\n')}`;
    expect(found(csv)).toHaveLength(5);
  });

  it('reports the 3-2-4 layout alone, dashed or spaced, and drops it below 0.5 next to a phone word', () => {
    const scored = (text: string): number | undefined => {
      const match = findUsSsns(text)[0];
      return match && scoreWithContext(text, match, usSsnRecognizer);
    };
    expect(scored('Id value: 873 18 0537')).toBe(0.55);
    expect(scored('call 089 12 3456 after six')).toBeCloseTo(0.25, 6);
    expect(scored('mobile: 212 55 0137')).toBeCloseTo(0.25, 6);
  });

  it('rejects areas 000, 666 and 900-999, group 00, serial 0000 and advertised numbers', () => {
    expect(found('000-12-3456 666-12-3456 912-12-3456 536-00-8745 536-22-0000')).toEqual([]);
    expect(found('078-05-1120 219-09-9999 123-45-6789 111-11-1111')).toEqual([]);
  });

  it('rejects mixed separators, phone numbers, dates, longer digit runs and ids', () => {
    expect(found('536-22 8745 and 536 22-8745')).toEqual([]);
    expect(found('call (415) 555-2671 or 1-800-555-0199')).toEqual([]);
    expect(found('2024-01-15 and 12-31-2024 and 4000-1234-5678-9017')).toEqual([]);
    expect(found('uuid 123e4567-e89b-12d3-a456-426614174000 sku AB-536-22-8745')).toEqual([]);
  });

  it('checks ranges directly', () => {
    expect(isPlausibleSsn('899', '99', '9998')).toBe(true);
    expect(isPlausibleSsn('900', '10', '1000')).toBe(false);
  });

  it('finishes on pathological input', () => {
    expect(findUsSsns('5'.repeat(200_000))).toEqual([]);
    expect(findUsSsns('536-'.repeat(250_000))).toEqual([]);
    expect(findUsSsns(`ssn ${'1 '.repeat(500_000)}`)).toEqual([]);
  });

  it('declares its entity and context words', () => {
    expect(usSsnRecognizer.entity).toBe('US_SSN');
    expect(usSsnRecognizer.context).toContain('ssn');
    expect(usSsnRecognizer.documentContext).toEqual(['ssn', 'social security']);
  });
});
