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

/** The views of one text, each built on first use and kept. */
class LazyTextViews implements TextViews {
  private readonly cache = new Map<BaseViewName, TextView>();
  private decodedViews: TextView[] | undefined;
  private readonly lists = new Map<string, TextView[]>();

  constructor(
    readonly original: string,
    private readonly options: TextViewsOptions,
  ) {}

  view(name: BaseViewName): TextView {
    let cached = this.cache.get(name);
    if (cached === undefined) {
      cached = this.build(name);
      this.cache.set(name, cached);
    }
    return cached;
  }

  decoded(): TextView[] {
    this.decodedViews ??= decodeViews(this.view('normalized'), {
      decoders: this.options.decoders ? this.options.decoders.map((id) => decoders.get(id)) : decoders.units,
      maxDepth: Math.max(0, this.options.maxDecodeDepth ?? defaultMaxDecodeDepth),
      maxCharacters: Math.max(0, (this.options.maxDecodedRatio ?? defaultMaxDecodedRatio) * this.original.length),
    });
    return this.decodedViews;
  }

  /**
   * The views for `names` in order, leaving out any that repeats one already listed: same text
   * over the same original span. A payload encoded twice in the text is listed twice, once per
   * place. Answers are cached per list of names.
   */
  get(names: readonly ViewName[]): TextView[] {
    const cacheKey = names.join(',');
    let result = this.lists.get(cacheKey);
    if (result === undefined) {
      result = this.distinct(names);
      this.lists.set(cacheKey, result);
    }
    return result;
  }

  private distinct(names: readonly ViewName[]): TextView[] {
    const result: TextView[] = [];
    const decodedSeen = new Set<string>();
    for (const name of names) {
      for (const candidate of name === 'decoded' ? this.decoded() : [this.view(name)]) {
        if (candidate.depth === 0) {
          if (result.some((listed) => listed.depth === 0 && listed.text === candidate.text)) continue;
        } else {
          const [start, end] = candidate.toOriginal(0, candidate.text.length);
          const key = `${start}:${end}:${candidate.text}`;
          if (decodedSeen.has(key)) continue;
          decodedSeen.add(key);
        }
        result.push(candidate);
      }
    }
    return result;
  }

  private build(name: BaseViewName): TextView {
    if (name === 'original') return createOriginalView(this.original);
    if (name === 'normalized') return deriveView({ name, parent: this.view('original'), transform: normalizeText(this.original), depth: 0 });
    const normalized = this.view('normalized');
    const transform = name === 'leet' ? leetText(normalized.text) : collapseText(normalized.text);
    return deriveView({ name, parent: normalized, transform, depth: 0 });
  }
}

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
  return new LazyTextViews(text, options);
}
