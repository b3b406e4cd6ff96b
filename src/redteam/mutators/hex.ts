import type { Mutator } from '../types.js';
import { pick } from './choose.js';
import { wrapEncoded } from './encoded-instruction.js';

/** Encodes the text as hexadecimal UTF-8 bytes (packed or space-separated) and asks the model to decode and follow it. */
export const hexMutator: Mutator = {
  id: 'hex',
  description: 'Hex-encodes the request (UTF-8 bytes) inside an instruction to decode and follow it.',
  mutate(text, context) {
    const packed = Buffer.from(text, 'utf8').toString('hex');
    const spaced = pick(context.random, [false, true]);
    const encoded = spaced ? (packed.match(/../g) ?? []).join(' ') : packed;
    return wrapEncoded('hexadecimal', encoded, context.random);
  },
};
