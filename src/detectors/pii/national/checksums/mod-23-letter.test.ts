import { describe, expect, it } from 'vitest';
import { spanishControlLetter } from './mod-23-letter.js';

describe('spanishControlLetter', () => {
  it('maps the remainder mod 23 to the control table', () => {
    expect(spanishControlLetter(12345678)).toBe('Z');
    expect(spanishControlLetter(0)).toBe('T');
    expect(spanishControlLetter(22)).toBe('E');
    expect(spanishControlLetter(23)).toBe('T');
  });
});
