import { createSubstringScorer } from './substring.js';

/** Passes when the output contains none of the given texts; value is the fraction absent. */
export const notContainsScorer = createSubstringScorer({ id: 'not-contains', description: 'The output contains none of the texts.', negate: true });
