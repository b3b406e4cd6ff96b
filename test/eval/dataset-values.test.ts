import { describe, expect, it } from 'vitest';
import * as checksums from '../../scripts/dataset/checksums.js';
import { generateRecords } from '../../scripts/dataset/generate.js';
import { phoneValid, validators, verhoeff } from '../../scripts/eval/gold-validators.js';


describe('checksum helpers agree with published examples', () => {
  it('validates well-known sample identifiers', () => {
    expect(checksums.isLuhnValid('4539148803436467')).toBe(true);
    expect(checksums.isLuhnValid('4539148803436468')).toBe(false);
    expect(checksums.isIbanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(checksums.isIbanValid('GB83 WEST 1234 5698 7654 32')).toBe(false);
    expect(checksums.verhoeffCheckDigit('236')).toBe(3);
    expect(checksums.italianCheckLetter('RSSMRA85T10A562')).toBe('S');
    expect(checksums.italianCheckLetter('0542811101000000123456')).toBe('X');
    expect(checksums.ribKey('30006', '00001', '12345678901')).toBe('89');
    expect(`${checksums.spanishAccountDigit('0021000418')}${checksums.spanishAccountDigit('0200051332')}`).toBe('45');
    expect(checksums.mod11Mod10CheckDigit('8609574271')).toBe(9);
    expect(checksums.crc32('123456789')).toBe(0xcbf43926);
  });

  it('the test-side validators accept the same published examples', () => {
    expect(verhoeff('2363')).toBe(true);
    expect(verhoeff('2364')).toBe(false);
    expect(validators.UK_NHS!('943 476 5919')).toBe(true);
    expect(validators.NL_BSN!('111222333')).toBe(true);
    expect(validators.BR_CPF!('529.982.247-25')).toBe(true);
    expect(validators.PL_PESEL!('44051401359')).toBe(true);
    expect(validators.CA_SIN!('046 454 286')).toBe(true);
    expect(validators.AU_TFN!('123 456 782')).toBe(true);
    expect(validators.ES_NIF!('12345678Z')).toBe(true);
    expect(validators.ES_NIE!('X1234567L')).toBe(true);
    expect(validators.CRYPTO!('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBe(true);
    expect(validators.CRYPTO!('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe(false);
    expect(validators.CRYPTO!('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(true);
  });
});

describe('generated gold values', () => {
  const records = generateRecords({ seed: 'values-test', count: 1500 });

  it('pass their format checks, checksums included', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const record of records) {
      for (const entity of record.entities) {
        const value = record.text.slice(entity.start, entity.end);
        const check = entity.type === 'PHONE_NUMBER' ? phoneValid : validators[entity.type];
        if (!check) continue;
        checked += 1;
        if (!check(record.kind === 'json' ? JSON.parse(`"${value}"`) : value)) failures.push(`${record.id} ${entity.type} ${value}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(1200);
  });
});
