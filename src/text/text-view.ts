import { identityMap } from './offset-map.js';
import type { OffsetMap, TextTransform } from './offset-map.js';
import type { TextView } from './types.js';

/** The original text: its map is the identity (widened so it never splits a pair). */
class OriginalView implements TextView {
  readonly name = 'original';
  readonly depth = 0;
  private readonly map: OffsetMap;

  constructor(readonly text: string) {
    this.map = identityMap(text);
  }

  toOriginal(start: number, end: number): [number, number] {
    return this.map.map(start, end);
  }
}

/** A view derived from a parent: spans map through `map` (null = same text) and then through the parent. */
class DerivedView implements TextView {
  constructor(
    readonly name: string,
    readonly text: string,
    readonly depth: number,
    private readonly parent: TextView,
    private readonly map: OffsetMap | null,
  ) {}

  toOriginal(start: number, end: number): [number, number] {
    if (this.map === null) return this.parent.toOriginal(start, end);
    const [parentStart, parentEnd] = this.map.map(start, end);
    return this.parent.toOriginal(parentStart, parentEnd);
  }
}

/** The original text as a view: its map is the identity (widened so it never splits a pair). */
export function createOriginalView(text: string): TextView {
  return new OriginalView(text);
}

/** What a derived view is made of. */
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
  if (transform === null) return new DerivedView(name, parent.text, depth, parent, null);
  return new DerivedView(name, transform.text, depth, parent, transform.map);
}
