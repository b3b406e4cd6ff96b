import type { Mutator } from '../types.js';
import { chance } from './choose.js';

/** Writes each letter in upper or lower case at random ("hOw Do i"). */
export const caseMixingMutator: Mutator = {
  id: 'case-mixing',
  description: 'Randomly mixes upper and lower case letter by letter.',
  mutate(text, context) {
    return text.replace(/\p{L}/gu, (letter) => (chance(context.random, 0.5) ? letter.toUpperCase() : letter.toLowerCase()));
  },
};
