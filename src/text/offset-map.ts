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

/** `value` limited to [low, high]. */
export function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/** Whether a code unit is the first half of a surrogate pair. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Whether a code unit is the second half of a surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Every code unit maps to itself; a span edge inside a surrogate pair is widened to the whole pair. */
class IdentityMap implements OffsetMap {
  constructor(private readonly text: string) {}

  map(start: number, end: number): [number, number] {
    const { text } = this;
    const length = text.length;
    let from = clamp(start, 0, length);
    let to = clamp(end, from, length);
    if (from > 0 && from < length && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from -= 1;
    if (to > 0 && to < length && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to))) to += 1;
    return [from, to];
  }
}

/** Every code unit came from the whole source span [start, end). */
class ConstantMap implements OffsetMap {
  constructor(
    private readonly start: number,
    private readonly end: number,
  ) {}

  map(from: number, to: number): [number, number] {
    if (from < to) return [this.start, this.end];
    return from <= 0 ? [this.start, this.start] : [this.end, this.end];
  }
}

/** Code unit `i` came from source code unit `i + shift`. */
class ShiftedMap implements OffsetMap {
  constructor(
    private readonly shift: number,
    private readonly length: number,
  ) {}

  map(start: number, end: number): [number, number] {
    const from = clamp(start, 0, this.length);
    return [from + this.shift, clamp(end, from, this.length) + this.shift];
  }
}

/** Follows `inner` and then `outer`. */
class ComposedMap implements OffsetMap {
  constructor(
    private readonly inner: OffsetMap,
    private readonly outer: OffsetMap,
  ) {}

  map(start: number, end: number): [number, number] {
    const [middleStart, middleEnd] = this.inner.map(start, end);
    return this.outer.map(middleStart, middleEnd);
  }
}

/** Every code unit maps to itself; a span edge inside a surrogate pair is widened to the whole pair. */
export function identityMap(text: string): OffsetMap {
  return new IdentityMap(text);
}

/** Every code unit came from the whole source span [start, end), as for a base64 segment. */
export function constantMap(start: number, end: number): OffsetMap {
  return new ConstantMap(start, end);
}

/** Code unit `i` came from source code unit `i + shift`, for a same-length rewrite of a segment. */
export function shiftedMap(shift: number, length: number): OffsetMap {
  return new ShiftedMap(shift, length);
}

/** Follows `inner` (view → middle text) and then `outer` (middle text → source). */
export function composeMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  return new ComposedMap(inner, outer);
}
