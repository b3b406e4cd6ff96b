import type { OffsetMap } from '../offset-map.js';

/** How many more decoded characters may be produced; decoders subtract what they accept. */
export interface DecodeBudget {
  remaining: number;
}

/** One encoded segment of a text and what it decodes to. */
export interface DecodedSegment {
  /** [start, end) of the encoded segment in the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Decoded text → scanned text; every decoded code unit maps inside [start, end). */
  readonly map: OffsetMap;
}

/** Finds and decodes one encoding; one file each, listed in `decoders` (decoders/index.ts). */
export interface Decoder {
  /** Kebab-case id, also the name of the views it produces: "base64", "hex", "url", "rot13". */
  readonly id: string;
  /** Segments of `text` that decode to mostly printable text, within `budget`; linear time. */
  decode(text: string, budget: DecodeBudget): DecodedSegment[];
}
