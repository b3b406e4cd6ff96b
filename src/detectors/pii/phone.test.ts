import { describe, expect, it } from 'vitest';
import { createTextViews } from '../../text/views.js';
import { createRecognizerDetector } from '../recognizer-detector.js';
import { createPhoneRecognizer, defaultPhoneRegions, phoneRecognizer } from './phone.js';

const phoneDetector = createRecognizerDetector({ id: 'pii', description: 'phone only', recognizers: [phoneRecognizer] });

function scanned(text: string) {
  return phoneDetector.scan({ views: createTextViews(text), stage: 'input' }).findings;
}

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
    expect(found('2024-05-01 INFO callback=1-800-555-2671 queued')).toEqual([['1-800-555-2671', 0.6]]);
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

  it('drops a one-digit neighbour but not a piece of a longer grouped number or code', () => {
    expect(found('line 2 (415) 555-2671')).toEqual([['(415) 555-2671', 0.6]]);
    expect(found('Call 020 7946 0958 24/7')).toEqual([['020 7946 0958', 0.6]]);
    expect(found('IBAN NL23 KNAB 3174 0481 26, BE91 7170 0228 7457, GB49 MIDL 2258 6120 6780 27')).toEqual([]);
    expect(found('Test card 3711 719266 34313 and 3471 988590 14594 and tax id 37 516 894 426')).toEqual([]);
  });

  it('writes the first group as the region does, with a slash after a German area code', () => {
    expect(found('Berlin 030/10841223, Köln 0221/5152941')).toEqual([
      ['030/10841223', 0.6],
      ['0221/5152941', 0.6],
    ]);
    expect(found('625 160 7424 is (62) 5160-7424 in BR and 06251 607424 in DE')).toEqual([
      ['(62) 5160-7424', 0.6],
      ['06251 607424', 0.6],
    ]);
    expect(found('344 968 1220 is an Italian mobile layout')).toEqual([['344 968 1220', 0.6]]);
    expect(found('US 2673 8840 77 is not how a US number is grouped')).toEqual([]);
  });

  it('rejects the fictional North American range 555-0100 to 555-0199 in any format', () => {
    expect(found('Call (312) 555-0123, 212-555-0195, +1 617 555 0130 or 1-800-555-0199')).toEqual([]);
    expect(found('Call (312) 555-0200')).toEqual([['(312) 555-0200', 0.6]]);
  });

  it('rejects id layouts: CPF dots and dash, SSN 3-2-4, and a number glued to a token', () => {
    expect(found('CPF 249.765.807-25, id 873 18 0537, token 1632291023:AACt9KGz7LesDEPj')).toEqual([]);
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
    expect(usOnly.recognize('NYC (212) 555-2671').map((match) => match.message)).toEqual(['US']);
  });

  it('finishes on pathological input', () => {
    expect(found('5'.repeat(200_000))).toEqual([]);
    expect(found('1 '.repeat(500_000))).toEqual([]);
    expect(found('+'.repeat(1_000_000))).toEqual([]);
    expect(found('(1) '.repeat(250_000))).toEqual([]);
    expect(found('12 34 56 78 90 '.repeat(70_000))).toEqual([]);
  });

  it('declares context words: phone words in several languages, other kinds of number as negative', () => {
    expect(phoneRecognizer.entity).toBe('PHONE_NUMBER');
    expect(phoneRecognizer.context).toEqual(expect.arrayContaining(['phone', 'call', 'tel', 'mobile', 'whatsapp', 'contact', 'telefon', 'handy']));
    expect(phoneRecognizer.context).not.toContain('number');
    expect(phoneRecognizer.negativeContext).toEqual(expect.arrayContaining(['order', 'reference', 'ticket', 'id', 'nhs', 'social insurance', 'iban']));
  });

  it('scores a number labelled as an id or reference below 0.5 and a labelled phone above it', () => {
    const scores = (text: string) => scanned(text).map((finding) => [text.slice(finding.start, finding.end), finding.score]);
    expect(scores('NHS number: 344 968 1220')).toEqual([['344 968 1220', 0.3]]);
    expect(scores('Social Insurance Number: 693 286 577')).toEqual([['693 286 577', 0.3]]);
    expect(scores('Ticket: 439 553 4943, please quote 344 968 1220')).toEqual([
      ['439 553 4943', 0.3],
      ['344 968 1220', 0.3],
    ]);
    expect(scores('External id: 771 347 8027')).toEqual([['771 347 8027', 0.3]]);
    expect(scores('SIN: 693 286 577; sin=693 286 577; escríbeme sin falta: 612 34 56 78')).toEqual([
      ['693 286 577', 0.3],
      ['693 286 577', 0.3],
      ['612 34 56 78', 0.6],
    ]);
    expect(scores('Order #989624. Mobile: +44 20 7946 0958')).toEqual([['+44 20 7946 0958', 1]]);
    expect(scores('contact_phone,qty\n+17734911540,5\n+14155552671,3')).toEqual([
      ['+17734911540', 1],
      ['+14155552671', 1],
    ]);
  });
});
