import { createSubstringScorer } from './substring.js';

/** `not-contains`, ignoring case. */
export const notIcontainsScorer = createSubstringScorer({ id: 'not-icontains', description: 'The output contains none of the texts, ignoring case.', negate: true, ignoreCase: true });
