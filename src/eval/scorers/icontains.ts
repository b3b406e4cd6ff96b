import { createSubstringScorer } from './substring.js';

/** `contains`, ignoring case. */
export const icontainsScorer = createSubstringScorer({ id: 'icontains', description: 'The output contains the text (every one of a list), ignoring case.', negate: false, ignoreCase: true });
