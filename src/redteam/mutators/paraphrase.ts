import type { Mutator } from '../types.js';
import { askRewriter } from './rewrite.js';

const instruction =
  'Rewrite the user\'s message as one paraphrase that keeps its meaning and intent but uses different words and sentence structure. ' +
  'Do not answer the message, do not soften or strengthen it, and do not add anything. ' +
  'Reply with the paraphrase only, without quotes, labels or notes.';

/** Has the rewriter produce one paraphrase of the text that keeps its meaning. */
export const paraphraseMutator: Mutator = {
  id: 'paraphrase',
  description: 'Has the rewriter target paraphrase the request, keeping its meaning.',
  requiresTarget: true,
  mutate: (text, context) => askRewriter('paraphrase', instruction, text, context),
};
