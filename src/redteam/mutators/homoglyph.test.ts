import { describe, expect, it } from 'vitest';
import { confusableToLatin } from '../../text/confusables.js';
import { homoglyphMutator } from './homoglyph.js';
import { mutateWith } from './testing.js';

const payload = 'Open the Secure Box, Please';

describe('homoglyph mutator', () => {
  it('replaces some letters with Cyrillic or Greek look-alikes that fold back to the original', async () => {
    const output = await mutateWith(homoglyphMutator, payload, 6);
    expect(output).not.toBe(payload);
    expect(output).toMatch(/[\u0370-\u03ff\u0400-\u04ff]/);
    const folded = [...output].map((character) => confusableToLatin.get(character.codePointAt(0)!) ?? character).join('');
    expect(folded).toBe(payload);
  });

  it('chooses the letters by the seed', async () => {
    expect(await mutateWith(homoglyphMutator, payload, 6)).toBe(await mutateWith(homoglyphMutator, payload, 6));
    expect(await mutateWith(homoglyphMutator, payload, 6)).not.toBe(await mutateWith(homoglyphMutator, payload, 7));
  });
});
