import { identityMap } from './offset-map.js';
import type { TextTransform } from './offset-map.js';
import type { TextView } from './types.js';

/** The original text as a view: its map is the identity (widened so it never splits a pair). */
export function createOriginalView(text: string): TextView {
  const map = identityMap(text);
  return { name: 'original', text, depth: 0, toOriginal: (start, end) => map.map(start, end) };
}

export interface DerivedViewOptions {
  name: string;
  parent: TextView;
  /** The derived text and its map to the parent's text; null = same text as the parent. */
  transform: TextTransform | null;
  depth: number;
}

/** A view derived from `parent`; its spans map through the transform and then through the parent. */
export function deriveView(options: DerivedViewOptions): TextView {
  const { name, parent, transform, depth } = options;
  if (transform === null) return { name, text: parent.text, depth, toOriginal: parent.toOriginal };
  const map = transform.map;
  return {
    name,
    text: transform.text,
    depth,
    toOriginal(start, end) {
      const [parentStart, parentEnd] = map.map(start, end);
      return parent.toOriginal(parentStart, parentEnd);
    },
  };
}
