import { describe, expect, it } from 'vitest';
import { followsCodeGroup, isFragmentOfGroupedRun, tokenAfter, tokenBefore } from './grouped-run.js';

function spanOf(text: string, value: string): [number, number] {
  const start = text.indexOf(value);
  return [start, start + value.length];
}

describe('tokenBefore and tokenAfter', () => {
  it('read the letters-and-digits run one space away', () => {
    expect(tokenBefore('NL23 KNAB 3174', 10)).toMatchObject({ start: 5, end: 9, letters: 4, digits: 0, upper: true });
    expect(tokenAfter('0958 24 hours', 4)).toMatchObject({ start: 5, end: 7, letters: 0, digits: 2 });
    expect(tokenBefore('call: 3174', 6)).toBeUndefined();
    expect(tokenAfter('3174, 55', 4)).toBeUndefined();
  });
});

describe('followsCodeGroup', () => {
  it('is true after an IBAN country group or a bank code that follows one', () => {
    const iban = 'IBAN NL23 KNAB 3174 0481 26';
    expect(followsCodeGroup(iban, iban.indexOf('3174'))).toBe(true);
    expect(followsCodeGroup('DE71 6442 0147', 5)).toBe(true);
  });

  it('is false after ordinary words, even capitalised ones', () => {
    expect(followsCodeGroup('Call ACME 020 7946 0958', 10)).toBe(false);
    expect(followsCodeGroup('card 4000 1234', 5)).toBe(false);
  });
});

describe('isFragmentOfGroupedRun', () => {
  it('flags digits with a digit group of two or more one space before or after', () => {
    const card = 'Test card 3711 719266 34313 declined';
    expect(isFragmentOfGroupedRun(card, ...spanOf(card, '719266 34313'))).toBe(true);
    expect(isFragmentOfGroupedRun(card, ...spanOf(card, '3711 719266'))).toBe(true);
    const taxId = 'id 37 516 894 426';
    expect(isFragmentOfGroupedRun(taxId, ...spanOf(taxId, '516 894 426'))).toBe(true);
  });

  it('lets a number stand next to words, one digit, or a group that continues with a slash', () => {
    const phone = 'line 2 (415) 555-2671 24/7, tel 020 7946 0958 ext 12';
    expect(isFragmentOfGroupedRun(phone, ...spanOf(phone, '(415) 555-2671'))).toBe(false);
    expect(isFragmentOfGroupedRun(phone, ...spanOf(phone, '020 7946 0958'))).toBe(false);
    expect(isFragmentOfGroupedRun('9-17 020 7946 0958', 5, 18)).toBe(false);
  });
});
