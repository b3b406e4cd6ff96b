import { describe, expect, it } from 'vitest';
import { creditCardRecognizer, findCreditCards } from './credit-card.js';

function found(text: string): [string, number, string | undefined][] {
  return findCreditCards(text).map((match) => [text.slice(match.start, match.end), match.score, match.message]);
}

describe('credit-card recognizer', () => {
  it('finds cards of each scheme in sentences, logs and JSON with exact spans', () => {
    const sentence = 'Charge card 4000 1234 5678 9017 please.';
    expect(findCreditCards(sentence)).toEqual([{ start: 12, end: 31, score: 0.9, message: 'visa' }]);
    expect(found('{"pan":"5350123456789010","exp":"12/27"}')).toEqual([['5350123456789010', 0.85, 'mastercard']]);
    expect(found('amex 3712-345678-90120 on file')).toEqual([['3712-345678-90120', 0.9, 'amex']]);
    expect(found('mc2: 2223.1234.5678.9012')).toEqual([['2223.1234.5678.9012', 0.9, 'mastercard']]);
    expect(found('disc=6011-1234-5678-9019 jcb=3530123456789018')).toEqual([
      ['6011-1234-5678-9019', 0.9, 'discover'],
      ['3530123456789018', 0.85, 'jcb'],
    ]);
    expect(found('diners 3012 345678 9019, unionpay 6212 3456 7890 1232')).toEqual([
      ['3012 345678 9019', 0.9, 'diners'],
      ['6212 3456 7890 1232', 0.9, 'unionpay'],
    ]);
    expect(found('visa13 4000123456788 visa19 4000123456789012343')).toEqual([
      ['4000123456788', 0.85, 'visa'],
      ['4000123456789012343', 0.85, 'visa'],
    ]);
  });

  it('drops a trailing or leading group that is not part of the card', () => {
    expect(found('room 12 4000 1234 5678 9017 ok')).toEqual([['4000 1234 5678 9017', 0.9, 'visa']]);
    expect(found('4000 1234 5678 9017 2 items')).toEqual([['4000 1234 5678 9017', 0.9, 'visa']]);
  });

  it('rejects a Luhn-valid run of groups inside a space-grouped IBAN', () => {
    expect(findCreditCards('IBAN DE71 4000 1234 5678 9017 56 fails validation')).toEqual([]);
    expect(findCreditCards('PayoutIban: IT79 U734 4000 1234 5678 9017 971')).toEqual([]);
    expect(found('Pay with VISA 4000 1234 5678 9017 today')).toEqual([['4000 1234 5678 9017', 0.9, 'visa']]);
  });

  it('rejects Luhn failures, unknown issuers, repeated digits and mixed separators', () => {
    expect(findCreditCards('card 4000 1234 5678 9018')).toEqual([]);
    expect(findCreditCards('card 1000 1234 5678 9011')).toEqual([]);
    expect(findCreditCards('zeros 0000 0000 0000 0000')).toEqual([]);
    expect(findCreditCards('x 0000000000000000 y')).toEqual([]);
    expect(findCreditCards('card 4000 1234-5678 9017')).toEqual([]);
  });

  it('rejects ids, hashes, timestamps, ISBNs and tracking numbers', () => {
    expect(findCreditCards('uuid 550e8400-e29b-41d4-a716-446655440000')).toEqual([]);
    expect(findCreditCards('commit 4000123456789017deadbeef and v4000123456789017')).toEqual([]);
    expect(findCreditCards('ts=1700000000000 isbn 978-0-306-40615-7')).toEqual([]);
    expect(findCreditCards('tracking 1Z999AA10123456784 usps 9400111899223197428490')).toEqual([]);
    expect(findCreditCards('amount 1.234.567.890.123,45 and 4000.1234.5678.9017.5')).toEqual([]);
  });

  it('finishes on pathological input', () => {
    expect(findCreditCards('4'.repeat(200_000))).toEqual([]);
    expect(findCreditCards('1 '.repeat(500_000))).toEqual([]);
    expect(findCreditCards('a'.repeat(1_000_000))).toEqual([]);
  });

  it('declares its entity and context words', () => {
    expect(creditCardRecognizer.entity).toBe('CREDIT_CARD');
    expect(creditCardRecognizer.context).toContain('card');
  });
});
