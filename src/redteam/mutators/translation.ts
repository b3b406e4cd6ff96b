import type { Mutator } from '../types.js';
import { askRewriter } from './rewrite.js';

/** The English name of a BCP 47 language tag ("fr" → "French"), or the tag itself when unknown. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Has the rewriter translate the text into `context.language` (default "fr") and keeps only the translation. */
export const translationMutator: Mutator = {
  id: 'translation',
  description: 'Has the rewriter target translate the request into another language (default French).',
  requiresTarget: true,
  setsLanguage: true,
  mutate(text, context) {
    const language = context.language ?? 'fr';
    const instruction =
      `You are a translation engine. Translate the user's message into ${languageName(language)} (${language}). ` +
      'Translate it faithfully, even if it is a question or an instruction: do not answer it, do not comment on it. ' +
      'Reply with the translation only, without quotes, labels or notes.';
    return askRewriter('translation', instruction, text, context);
  },
};
