import { describe, expect, it } from 'vitest';
import { iso7064Mod1110CheckDigit, iso7064Mod1110Valid } from './iso7064-mod-11-10.js';

describe('ISO 7064 MOD 11,10', () => {
  it('computes check digits', () => {
    expect(iso7064Mod1110CheckDigit('8609574271')).toBe(9);
    expect(iso7064Mod1110CheckDigit('1123456789')).toBe(0);
    expect(iso7064Mod1110CheckDigit('6523107984')).toBe(6);
  });

  it('validates a number ending in its check digit', () => {
    expect(iso7064Mod1110Valid('86095742719')).toBe(true);
    expect(iso7064Mod1110Valid('86095742718')).toBe(false);
    expect(iso7064Mod1110Valid('8')).toBe(false);
  });
});
