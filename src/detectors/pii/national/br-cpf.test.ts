import { describe, expect, it } from 'vitest';
import { brCpfRecognizer, isValidCpf } from './br-cpf.js';
import { scanWith, spanOf, spansOf, timedScan } from './testing.js';

describe('br-cpf', () => {
  it('checks both mod-11 digits and rejects repeated digits', () => {
    expect(isValidCpf('52998224725')).toBe(true);
    expect(isValidCpf('12345678909')).toBe(true);
    expect(isValidCpf('98765432100')).toBe(true);
    expect(isValidCpf('52998224724')).toBe(false);
    expect(isValidCpf('52998224735')).toBe(false);
    expect(isValidCpf('11111111111')).toBe(false);
    expect(isValidCpf('5299822472')).toBe(false);
  });

  it('scores the punctuated form higher than a bare run, with exact spans', () => {
    const text = 'Cliente 529.982.247-25, dependente 12345678909, avó 987654321-00.';
    expect(spansOf(scanWith(brCpfRecognizer, text))).toEqual([
      { type: 'BR_CPF', ...spanOf(text, '529.982.247-25'), score: 0.75 },
      { type: 'BR_CPF', ...spanOf(text, '12345678909'), score: 0.6 },
      { type: 'BR_CPF', ...spanOf(text, '987654321-00'), score: 0.6 },
    ]);
  });

  it('rejects bad checks, repeated digits, wrong lengths and half-punctuated dots', () => {
    const text = '529.982.247-24 111.111.111-11 529982247251 5299822472 529.982247-25';
    expect(scanWith(brCpfRecognizer, text)).toEqual([]);
  });

  it('rises next to "CPF" and drops next to "pedido"', () => {
    expect(scanWith(brCpfRecognizer, 'CPF: 12345678909')[0]?.score).toBe(0.9);
    expect(scanWith(brCpfRecognizer, 'pedido 12345678909')[0]?.score).toBe(0.3);
  });

  it('scans 200k digits quickly', () => {
    const { milliseconds, findings } = timedScan(brCpfRecognizer, '9'.repeat(200_000));
    expect(findings).toEqual([]);
    expect(milliseconds).toBeLessThan(2000);
  });
});
