import { collapseText } from './collapse.js';
import { decodeViews } from './decode.js';
import { decoders } from './decoders/index.js';
import { leetText } from './leet.js';
import { normalizeText } from './normalize.js';
import { createOriginalView, deriveView } from './text-view.js';
import type { TextView, TextViews, TextViewsOptions, ViewName } from './types.js';

type BaseViewName = Exclude<ViewName, 'decoded'>;

const defaultMaxDecodeDepth = 3;
const defaultMaxDecodedRatio = 2;

/**
 * All views of `text`, each computed on first use and cached: original, normalized, leet,
 * collapsed, and the decoded views (decoders run on the normalized view). Every view maps its
 * spans back to the original text.
 * @example
 * const views = createTextViews('pay\u200bpal');
 * const normalized = views.view('normalized'); // text "paypal"
 * normalized.toOriginal(0, 6); // [0, 7]
 */
export function createTextViews(text: string, options: TextViewsOptions = {}): TextViews {
  const cache = new Map<BaseViewName, TextView>();
  let decodedCache: TextView[] | undefined;

  const build = (name: BaseViewName): TextView => {
    if (name === 'original') return createOriginalView(text);
    if (name === 'normalized') return deriveView({ name, parent: view('original'), transform: normalizeText(text), depth: 0 });
    const normalized = view('normalized');
    const transform = name === 'leet' ? leetText(normalized.text) : collapseText(normalized.text);
    return deriveView({ name, parent: normalized, transform, depth: 0 });
  };

  const view = (name: BaseViewName): TextView => {
    let cached = cache.get(name);
    if (cached === undefined) {
      cached = build(name);
      cache.set(name, cached);
    }
    return cached;
  };

  const decoded = (): TextView[] => {
    decodedCache ??= decodeViews(view('normalized'), {
      decoders: decoders.units,
      maxDepth: Math.max(0, options.maxDecodeDepth ?? defaultMaxDecodeDepth),
      maxCharacters: Math.max(0, (options.maxDecodedRatio ?? defaultMaxDecodedRatio) * text.length),
    });
    return decodedCache;
  };

  return { original: text, view, decoded, get: (names) => distinctViews(names, view, decoded) };
}

/** The views for `names` in order, leaving out any whose text equals one already listed. */
function distinctViews(names: readonly ViewName[], view: (name: BaseViewName) => TextView, decoded: () => TextView[]): TextView[] {
  const result: TextView[] = [];
  const texts = new Set<string>();
  const add = (candidate: TextView): void => {
    if (texts.has(candidate.text)) return;
    texts.add(candidate.text);
    result.push(candidate);
  };
  for (const name of names) {
    if (name === 'decoded') for (const candidate of decoded()) add(candidate);
    else add(view(name));
  }
  return result;
}
