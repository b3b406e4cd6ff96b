import { createRegistry } from '../../core/registry.js';
import { base64Decoder } from './base64.js';
import { hexDecoder } from './hex.js';
import { rot13Decoder } from './rot13.js';
import type { Decoder } from './types.js';
import { urlDecoder } from './url.js';

/** Every decoder, in the order they run on each view. Adding one = one file + one line here. */
export const decoders = createRegistry<Decoder>('decoder', [base64Decoder, hexDecoder, urlDecoder, rot13Decoder]);
