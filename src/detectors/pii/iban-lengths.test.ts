import { describe, expect, it } from 'vitest';
import { ibanLengths } from './iban-lengths.js';

describe('ibanLengths', () => {
  it('covers SEPA and other IBAN countries with lengths between 15 and 34', () => {
    const entries = Object.entries(ibanLengths);
    expect(entries.length).toBeGreaterThanOrEqual(70);
    for (const [country, length] of entries) {
      expect(country).toMatch(/^[A-Z]{2}$/);
      expect(length).toBeGreaterThanOrEqual(15);
      expect(length).toBeLessThanOrEqual(34);
    }
  });

  it('has the well-known lengths', () => {
    expect(ibanLengths).toMatchObject({ DE: 22, GB: 22, FR: 27, NL: 18, NO: 15, MT: 31, LC: 32, RU: 33, BE: 16 });
  });
});
