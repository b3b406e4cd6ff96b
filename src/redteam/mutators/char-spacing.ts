import type { Mutator } from '../types.js';
import { pick } from './choose.js';

/** How letters inside a word, and the words themselves, are separated. */
const styles: ReadonlyArray<{ letter: string; word: string }> = [
  { letter: ' ', word: '   ' },
  { letter: '.', word: ' ' },
  { letter: '. ', word: ' / ' },
];

/** Separates the characters of every word with spaces or dots (the style comes from the random source). */
export const charSpacingMutator: Mutator = {
  id: 'char-spacing',
  description: 'Spells every word out with its letters separated by spaces or dots ("h o w", "h.o.w").',
  mutate(text, context) {
    const style = pick(context.random, styles);
    const words = text.split(/\s+/).filter((word) => word !== '');
    return words.length === 0 ? text : words.map((word) => [...word].join(style.letter)).join(style.word);
  },
};
