/**
 * A monotone map from [start, end) spans of a derived text to the smallest covering [start, end)
 * span of the text it was derived from. Spans are UTF-16 code-unit indices.
 */
export interface OffsetMap {
  map(start: number, end: number): [number, number];
}

/** A derived text together with the map from its spans back to its source text. */
export interface TextTransform {
  readonly text: string;
  readonly map: OffsetMap;
}

export function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Every code unit maps to itself; a span edge inside a surrogate pair is widened to the whole pair. */
export function identityMap(text: string): OffsetMap {
  const length = text.length;
  return {
    map(start, end) {
      let from = clamp(start, 0, length);
      let to = clamp(end, from, length);
      if (from > 0 && from < length && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from -= 1;
      if (to > 0 && to < length && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to))) to += 1;
      return [from, to];
    },
  };
}

/** Every code unit came from the whole source span [start, end), as for a base64 segment. */
export function constantMap(start: number, end: number): OffsetMap {
  return {
    map: (from, to) => (from < to ? [start, end] : from <= 0 ? [start, start] : [end, end]),
  };
}

/** Code unit `i` came from source code unit `i + shift`, for a same-length rewrite of a segment. */
export function shiftedMap(shift: number, length: number): OffsetMap {
  return {
    map(start, end) {
      const from = clamp(start, 0, length);
      return [from + shift, clamp(end, from, length) + shift];
    },
  };
}

/** Follows `inner` (view → middle text) and then `outer` (middle text → source). */
export function composeMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  return {
    map(start, end) {
      const [middleStart, middleEnd] = inner.map(start, end);
      return outer.map(middleStart, middleEnd);
    },
  };
}
