import { describe, expect, it } from 'vitest';
import { isLetterCode } from './letters.js';

describe('isLetterCode', () => {
  it('recognizes ASCII and other-script letters', () => {
    expect(['a', 'Z', 'é', 'ж', 'λ', '日'].map((character) => isLetterCode(character.charCodeAt(0)))).toEqual([true, true, true, true, true, true]);
  });

  it('rejects digits, punctuation, spaces and surrogate halves', () => {
    expect(['1', '@', ' ', '١', '😀'].map((character) => isLetterCode(character.charCodeAt(0)))).toEqual([false, false, false, false, false]);
  });
});
