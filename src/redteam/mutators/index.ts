import { VouchError } from '../../core/errors.js';
import { canonicalJson, sha256 } from '../../core/hash.js';
import { createRandom } from '../../core/random.js';
import { createRegistry } from '../../core/registry.js';
import type { Target } from '../../providers/types.js';
import type { CorpusItem, Mutator } from '../types.js';
import { base64Mutator } from './base64.js';
import { caseMixingMutator } from './case-mixing.js';
import { charSpacingMutator } from './char-spacing.js';
import { hexMutator } from './hex.js';
import { homoglyphMutator } from './homoglyph.js';
import { leetspeakMutator } from './leetspeak.js';
import { manyShotMutator } from './many-shot.js';
import { paraphraseMutator } from './paraphrase.js';
import { payloadSplittingMutator } from './payload-splitting.js';
import { prefixInjectionMutator } from './prefix-injection.js';
import { refusalSuppressionMutator } from './refusal-suppression.js';
import { roleplayDeveloperModeMutator } from './roleplay-developer-mode.js';
import { roleplayGrandmaMutator } from './roleplay-grandma.js';
import { roleplayNovelistMutator } from './roleplay-novelist.js';
import { roleplayOppositeDayMutator } from './roleplay-opposite-day.js';
import { rot13Mutator } from './rot13.js';
import { translationMutator } from './translation.js';
import { zeroWidthMutator } from './zero-width.js';

/** Every attack mutator. Add one: a file named after its id, a test, and one line here. */
export const mutators = createRegistry<Mutator>('mutator', [
  base64Mutator, hexMutator, rot13Mutator,
  leetspeakMutator, homoglyphMutator, zeroWidthMutator, charSpacingMutator, caseMixingMutator,
  payloadSplittingMutator, prefixInjectionMutator, refusalSuppressionMutator,
  roleplayNovelistMutator, roleplayGrandmaMutator, roleplayDeveloperModeMutator, roleplayOppositeDayMutator,
  manyShotMutator, translationMutator, paraphraseMutator,
]);

export interface ApplyMutatorsOptions {
  /** Run seed; each step's random source is derived from it, the item id and the step. */
  seed: number;
  /** Needed when the chain has a model-driven mutator (translation, paraphrase). */
  rewriter?: Target;
  /** Translation target language (BCP 47), default "fr". */
  language?: string;
  signal?: AbortSignal;
}

/** The 32-bit seed of one step: from sha256 of [seed, item id, step index, mutator id]. */
export function stepSeed(seed: number, itemId: string, step: number, mutatorId: string): number {
  return Number.parseInt(sha256(canonicalJson([seed, itemId, step, mutatorId])).slice(0, 8), 16);
}

/**
 * Applies a chain of mutators to an item's text, in order, and returns the derived item
 * (id `<parent id>.<mutator>.<mutator>…`, parent set, mutations extended, `document` unchanged).
 * @example
 * const mutated = await applyMutators(item, ['leetspeak', 'base64'], { seed: 42 });
 * mutated.id; // "my-item.leetspeak.base64"
 */
export async function applyMutators(item: CorpusItem, chain: readonly string[], options: ApplyMutatorsOptions): Promise<CorpusItem> {
  if (chain.length === 0) return item;
  const steps = chain.map((id) => mutators.get(id));
  const needsRewriter = steps.find((mutator) => mutator.requiresTarget === true);
  if (needsRewriter !== undefined && options.rewriter === undefined) {
    throw new VouchError('VOUCH_CONFIG_INVALID', `mutator "${needsRewriter.id}" needs a rewriter target, and none was given`, {
      fix: 'Pass a rewriter target, or remove the model-driven mutators (translation, paraphrase) from the chain.',
    });
  }
  let text = item.text;
  let lang = item.lang;
  for (const [step, mutator] of steps.entries()) {
    if (mutator.setsLanguage) lang = options.language ?? 'fr';
    const random = createRandom(stepSeed(options.seed, item.id, step, mutator.id));
    text = await mutator.mutate(text, { random, rewriter: options.rewriter, language: options.language, signal: options.signal });
  }
  return { ...item, id: `${item.id}.${chain.join('.')}`, text, lang, parent: item.id, mutations: [...item.mutations, ...chain] };
}

export { createManyShotMutator, manyShotOptionsSchema } from './many-shot.js';
export type { ManyShotOptions } from './many-shot.js';
