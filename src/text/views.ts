// PLACEHOLDER: replaced by the full implementation (normalization, leet, collapsed, decoders).
import type { TextView, TextViews, TextViewsOptions, ViewName } from './types.js';

function identityView(name: string, text: string): TextView {
  return { name, text, depth: 0, toOriginal: (start, end) => [start, end] };
}

export function createTextViews(text: string, _options: TextViewsOptions = {}): TextViews {
  const original = identityView('original', text);
  return {
    original: text,
    view: () => original,
    decoded: () => [],
    get: (_names: readonly ViewName[]) => [original],
  };
}
