import type { Mutator } from '../types.js';
import { chance, pick } from './choose.js';

/** Latin letter → Cyrillic and Greek code points that render alike. */
const lookAlikes: Readonly<Record<string, readonly number[]>> = {
  a: [0x0430, 0x03b1], c: [0x0441, 0x03f2], e: [0x0435, 0x03b5], h: [0x04bb], i: [0x0456, 0x03b9],
  j: [0x0458], o: [0x043e, 0x03bf], p: [0x0440, 0x03c1], s: [0x0455], x: [0x0445, 0x03c7], y: [0x0443],
  A: [0x0410, 0x0391], B: [0x0412, 0x0392], C: [0x0421], E: [0x0415, 0x0395], H: [0x041d, 0x0397],
  I: [0x0406, 0x0399], K: [0x041a, 0x039a], M: [0x041c, 0x039c], O: [0x041e, 0x039f], P: [0x0420, 0x03a1],
  T: [0x0422, 0x03a4], X: [0x0425, 0x03a7],
};

/** Replaces some Latin letters with Cyrillic or Greek look-alikes; which letters and which look-alike come from the random source. */
export const homoglyphMutator: Mutator = {
  id: 'homoglyph',
  description: 'Swaps some Latin letters for Cyrillic or Greek look-alikes (а, е, о, р, Α, Τ, …).',
  mutate(text, context) {
    return text.replace(/[A-Za-z]/g, (letter) => {
      const options = lookAlikes[letter];
      if (options === undefined || !chance(context.random, 0.5)) return letter;
      return String.fromCodePoint(pick(context.random, options));
    });
  },
};
