import { describe, expect, it } from 'vitest';
import { createPhoneRecognizer, defaultPhoneRegions, phoneRecognizer } from './phone.js';

function found(text: string): [string, number][] {
  return phoneRecognizer.recognize(text).map((match) => [text.slice(match.start, match.end), match.score]);
}

describe('phone recognizer', () => {
  it('finds international numbers for any country with exact spans', () => {
    expect(phoneRecognizer.recognize('UK office: +44 20 7946 0958.')).toEqual([{ start: 11, end: 27, score: 0.75, message: 'GB' }]);
    expect(found('{"tel":"+49 30 1234567","alt":"+33 6 12 34 56 78"}')).toEqual([
      ['+49 30 1234567', 0.75],
      ['+33 6 12 34 56 78', 0.75],
    ]);
    expect(found('WhatsApp +91-98765-43210 or +81 3-1234-5678 or +14155552671')).toEqual([
      ['+91-98765-43210', 0.75],
      ['+81 3-1234-5678', 0.75],
      ['+14155552671', 0.75],
    ]);
  });

  it('finds national formats of the default regions at a lower score', () => {
    expect(found('Call me at (415) 555-2671 tomorrow')).toEqual([['(415) 555-2671', 0.6]]);
    expect(found('2024-05-01 INFO callback=1-800-555-0199 queued')).toEqual([['1-800-555-0199', 0.6]]);
    expect(found('London 020 7946 0958, Paris 06 12 34 56 78, Berlin 030 12345678')).toEqual([
      ['020 7946 0958', 0.6],
      ['06 12 34 56 78', 0.6],
      ['030 12345678', 0.6],
    ]);
    expect(found('Delhi 98765 43210; SP (11) 91234-5678; Madrid 612 345 678; Sydney (02) 1234 5678')).toEqual([
      ['98765 43210', 0.6],
      ['(11) 91234-5678', 0.6],
      ['612 345 678', 0.6],
      ['(02) 1234 5678', 0.6],
    ]);
  });

  it('takes unseparated national numbers only next to a phone word, at a score that needs that word', () => {
    expect(found('phone 4155552671')).toEqual([['4155552671', 0.4]]);
    expect(found('id 4155552671')).toEqual([]);
  });

  it('drops a neighbouring number on either side of a phone number', () => {
    expect(found('room 12 (415) 555-2671')).toEqual([['(415) 555-2671', 0.6]]);
  });

  it('rejects dates, timestamps, versions, prices, IPs, ISBNs and card numbers', () => {
    expect(found('on 2024-01-15 10:30:45, 15.01.2024 and 01/15/2024')).toEqual([]);
    expect(found('{"ts":1700000000,"ms":1700000000123}')).toEqual([]);
    expect(found('release 2.7.18.1234 and v10.15.7')).toEqual([]);
    expect(found('price $4155552671 or 1 234 567,89 EUR')).toEqual([]);
    expect(found('host 192.168.100.200 isbn 978-0-306-40615-7 and 0-306-40615-2')).toEqual([]);
    expect(found('card 4000 1234 5678 9017 and 4000123456789017')).toEqual([]);
    expect(found('German-looking 20240115 and 2024 0115 without a trunk zero')).toEqual([]);
  });

  it('rejects invalid numbers and unknown country codes', () => {
    expect(found('+1 123 456 7890 and +999 1234 5678 and +44 12 3456')).toEqual([]);
    expect(found('(555) 012-3456 and 055 1234 and (123) 456-7890 and 999 999 9999')).toEqual([]);
  });

  it('uses the regions it is given', () => {
    expect(defaultPhoneRegions).toEqual(['US', 'GB', 'DE', 'FR', 'IN', 'BR', 'ES', 'IT', 'AU', 'CA']);
    const usOnly = createPhoneRecognizer(['US']);
    expect(usOnly.recognize('London 020 7946 0958')).toEqual([]);
    expect(usOnly.recognize('NYC (212) 555-0123').map((match) => match.message)).toEqual(['US']);
  });

  it('finishes on pathological input', () => {
    expect(found('5'.repeat(200_000))).toEqual([]);
    expect(found('1 '.repeat(500_000))).toEqual([]);
    expect(found('+'.repeat(1_000_000))).toEqual([]);
    expect(found('(1) '.repeat(250_000))).toEqual([]);
    expect(found('12 34 56 78 90 '.repeat(70_000))).toEqual([]);
  });

  it('declares context words', () => {
    expect(phoneRecognizer.entity).toBe('PHONE_NUMBER');
    expect(phoneRecognizer.context).toEqual(expect.arrayContaining(['phone', 'call', 'tel', 'mobile', 'whatsapp', 'contact']));
  });
});
