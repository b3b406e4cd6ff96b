import type { Mutator } from '../types.js';
import { chance, pick } from './choose.js';

/** Zero-width space, non-joiner and joiner. */
export const zeroWidthCharacters = ['\u200b', '\u200c', '\u200d'] as const;

/** Inserts zero-width spaces and joiners between letters inside words, at positions chosen by the random source. */
export const zeroWidthMutator: Mutator = {
  id: 'zero-width',
  description: 'Hides zero-width spaces and joiners between the letters of words.',
  mutate(text, context) {
    return text.replace(/(?<=\p{L})(?=\p{L})/gu, () => (chance(context.random, 0.5) ? pick(context.random, zeroWidthCharacters) : ''));
  },
};
