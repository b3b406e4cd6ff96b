import { createSubstringScorer } from './substring.js';

/** Passes when the output contains every given text; value is the fraction found. */
export const containsScorer = createSubstringScorer({ id: 'contains', description: 'The output contains the text (every one of the texts when given a list).', negate: false });
