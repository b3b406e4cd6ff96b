import { describe, expect, it } from 'vitest';
import { cardIssuers, findCardIssuer } from './card-issuers.js';

describe('findCardIssuer', () => {
  it('matches each scheme by IIN range and length', () => {
    expect(findCardIssuer('4'.padEnd(16, '0'))?.name).toBe('visa');
    expect(findCardIssuer('4'.padEnd(13, '0'))?.name).toBe('visa');
    expect(findCardIssuer('53'.padEnd(16, '0'))?.name).toBe('mastercard');
    expect(findCardIssuer('2221'.padEnd(16, '0'))?.name).toBe('mastercard');
    expect(findCardIssuer('2720'.padEnd(16, '0'))?.name).toBe('mastercard');
    expect(findCardIssuer('37'.padEnd(15, '0'))?.name).toBe('amex');
    expect(findCardIssuer('6011'.padEnd(16, '0'))?.name).toBe('discover');
    expect(findCardIssuer('645'.padEnd(16, '0'))?.name).toBe('discover');
    expect(findCardIssuer('3530'.padEnd(16, '0'))?.name).toBe('jcb');
    expect(findCardIssuer('305'.padEnd(14, '0'))?.name).toBe('diners');
    expect(findCardIssuer('62'.padEnd(16, '0'))?.name).toBe('unionpay');
    expect(findCardIssuer('6759'.padEnd(13, '0'))?.name).toBe('maestro');
  });

  it('rejects unknown prefixes and lengths a scheme does not issue', () => {
    expect(findCardIssuer('1'.padEnd(16, '0'))).toBeUndefined();
    expect(findCardIssuer('2721'.padEnd(16, '0'))).toBeUndefined();
    expect(findCardIssuer('56'.padEnd(16, '0'))).toBeUndefined();
    expect(findCardIssuer('4'.padEnd(15, '0'))).toBeUndefined();
    expect(findCardIssuer('37'.padEnd(16, '0'))).toBeUndefined();
    expect(findCardIssuer('3527'.padEnd(16, '0'))).toBeUndefined();
  });

  it('has unique scheme names', () => {
    expect(new Set(cardIssuers.map((issuer) => issuer.name)).size).toBe(cardIssuers.length);
  });
});
