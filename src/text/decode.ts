import type { Decoder, DecodeBudget } from './decoders/types.js';
import { normalizeText } from './normalize.js';
import { deriveView } from './text-view.js';
import type { TextView } from './types.js';

/** Which decoders run, how deep, and how much they may decode in total. */
export interface DecodeViewsOptions {
  decoders: readonly Decoder[];
  /** How many nested encodings to follow. */
  maxDepth: number;
  /** Decoded characters allowed in total. */
  maxCharacters: number;
}

/** Decodes one view with every decoder; each segment becomes a normalized view one level deeper. */
function decodeOnce(parent: TextView, options: DecodeViewsOptions, budget: DecodeBudget): TextView[] {
  const children: TextView[] = [];
  const depth = parent.depth + 1;
  for (const decoder of options.decoders) {
    if (budget.remaining <= 0) break;
    for (const segment of decoder.decode(parent.text, budget)) {
      const decoded = deriveView({ name: decoder.id, parent, transform: segment, depth });
      children.push(deriveView({ name: decoder.id, parent: decoded, transform: normalizeText(segment.text), depth }));
    }
  }
  return children;
}

/**
 * Views of every encoded segment in `root`, breadth first: decoded views are decoded again up to
 * `maxDepth` levels (a text already decoded once is not decoded again, as it would only repeat its
 * children), and the total decoded size stays within `maxCharacters`.
 */
export function decodeViews(root: TextView, options: DecodeViewsOptions): TextView[] {
  const budget: DecodeBudget = { remaining: options.maxCharacters };
  const found: TextView[] = [];
  // The root stays out of the set: hashing a long text costs as much as decoding it.
  const seen = new Set<string>();
  let frontier = [root];
  for (let level = 0; level < options.maxDepth && frontier.length > 0 && budget.remaining > 0; level++) {
    const next: TextView[] = [];
    for (const parent of frontier) {
      for (const view of decodeOnce(parent, options, budget)) {
        found.push(view);
        if (view.text === root.text || seen.has(view.text)) continue;
        seen.add(view.text);
        next.push(view);
      }
    }
    frontier = next;
  }
  return found;
}
