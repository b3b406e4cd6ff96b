import type { Mutator } from '../types.js';
import { wrapEncoded } from './encoded-instruction.js';

/** Rotates each ASCII letter 13 places; applying it twice gives the original back. */
export function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (letter) => {
    const base = letter <= 'Z' ? 65 : 97;
    return String.fromCharCode(((letter.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** Applies ROT13 to the text and asks the model to decode and follow it. */
export const rot13Mutator: Mutator = {
  id: 'rot13',
  description: 'ROT13-encodes the request inside an instruction to decode and follow it.',
  mutate: (text, context) => wrapEncoded('ROT13', rot13(text), context.random),
};
