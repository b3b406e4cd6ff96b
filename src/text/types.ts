/** Names of the views a detector can ask for. */
export const viewNames = ['original', 'normalized', 'leet', 'collapsed', 'decoded'] as const;
export type ViewName = (typeof viewNames)[number];

/**
 * One way of reading the text. `toOriginal` maps a [start, end) span of `text` (UTF-16 indices)
 * to a [start, end) span of the ORIGINAL text that covers every code unit the span came from.
 */
export interface TextView {
  /** "original", "normalized", "leet", "collapsed", or for decoded segments "base64", "hex", "url", "rot13". */
  readonly name: string;
  readonly text: string;
  /** 0 for the original and its normalized forms; n for text decoded n times. */
  readonly depth: number;
  toOriginal(start: number, end: number): [number, number];
}

export interface TextViewsOptions {
  /** How many nested encodings the decoders follow (default 3). */
  maxDecodeDepth?: number;
  /** Upper bound on decoded characters produced in total, as a multiple of the input length (default 2). */
  maxDecodedRatio?: number;
  /** Ids of the decoders to run (default: all of them). */
  decoders?: readonly string[];
}

/**
 * All views of one input, computed lazily and cached. `get(names)` returns the distinct views for
 * those names: a view whose text equals one already returned is left out, so detectors never scan
 * the same text twice.
 */
export interface TextViews {
  readonly original: string;
  get(names: readonly ViewName[]): TextView[];
  view(name: Exclude<ViewName, 'decoded'>): TextView;
  /** Views of every decoded segment found (recursively, bounded depth). */
  decoded(): TextView[];
}
