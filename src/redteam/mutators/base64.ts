import type { Mutator } from '../types.js';
import { wrapEncoded } from './encoded-instruction.js';

/** Encodes the text as Base64 (UTF-8) and asks the model to decode and follow it. */
export const base64Mutator: Mutator = {
  id: 'base64',
  description: 'Base64-encodes the request inside an instruction to decode and follow it.',
  mutate: (text, context) => wrapEncoded('Base64', Buffer.from(text, 'utf8').toString('base64'), context.random),
};
