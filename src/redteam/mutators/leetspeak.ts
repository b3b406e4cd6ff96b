import type { Mutator } from '../types.js';
import { chance, pick } from './choose.js';

/** Latin letter (lower case) → digits and symbols that stand for it. */
const substitutes: Readonly<Record<string, readonly string[]>> = {
  a: ['4', '@'],
  b: ['8'],
  e: ['3'],
  g: ['9'],
  i: ['1', '!'],
  o: ['0'],
  s: ['5', '$'],
  t: ['7', '+'],
};

/** Replaces most of the letters that have a look-alike digit or symbol (a→4, e→3, o→0, …), chosen by the random source. */
export const leetspeakMutator: Mutator = {
  id: 'leetspeak',
  description: 'Swaps letters for look-alike digits and symbols (a→4, e→3, o→0, s→5, …).',
  mutate(text, context) {
    return text.replace(/[abegiost]/gi, (letter) => {
      const options = substitutes[letter.toLowerCase()];
      if (options === undefined || !chance(context.random, 0.8)) return letter;
      return pick(context.random, options);
    });
  },
};
