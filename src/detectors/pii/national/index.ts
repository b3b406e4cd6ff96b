import type { Recognizer } from '../../types.js';

/** National identifiers with their checksums, one file each. */
export const nationalIdRecognizers: readonly Recognizer[] = [];
