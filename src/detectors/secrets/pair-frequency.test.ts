import { describe, expect, it } from 'vitest';
import { pairFrequency } from './pair-frequency.js';

describe('pairFrequency', () => {
  it('follows English letter-pair frequencies for small letters', () => {
    expect(pairFrequency('th', false)).toBeGreaterThan(pairFrequency('re', false));
    expect(pairFrequency('re', false)).toBeGreaterThan(pairFrequency('ea', false));
    expect(pairFrequency('ck', false)).toBeGreaterThan(pairFrequency('xq', false));
  });

  it('makes capitals, digits and symbols rarer than common letter pairs, and case-blind pairs more common', () => {
    expect(pairFrequency('th', false)).toBeGreaterThan(pairFrequency('TH', false));
    expect(pairFrequency('TH', true)).toBeGreaterThan(pairFrequency('th', false));
    expect(pairFrequency('ck', false)).toBeGreaterThan(pairFrequency('.s', false));
    expect(pairFrequency('e ', false)).toBeGreaterThan(pairFrequency('_-', false));
    expect(pairFrequency('ab', false)).toBe(pairFrequency('AB', true) / 1.2);
  });
});
