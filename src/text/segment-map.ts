import { clamp, isHighSurrogate, isLowSurrogate } from './offset-map.js';
import type { OffsetMap } from './offset-map.js';

function copyInto<Array extends Int32Array | Uint8Array>(from: Array, to: Array): Array {
  to.set(from);
  return to;
}

/**
 * Growable run-length storage of a view's map: segment k starts at view unit `viewStarts[k]` and
 * either copies source[sourceStarts[k], sourceEnds[k]) unit for unit (identity) or came as a whole
 * from that source span (a cluster: every unit maps to the whole span).
 */
export class SegmentTable {
  count = 0;
  viewStarts = new Int32Array(64);
  sourceStarts = new Int32Array(64);
  sourceEnds = new Int32Array(64);
  identity = new Uint8Array(64);

  /** Appends a segment, extending the previous identity segment when this one continues it. */
  add(viewStart: number, sourceStart: number, sourceEnd: number, isIdentity: boolean): void {
    const last = this.count - 1;
    if (isIdentity && last >= 0 && this.identity[last] === 1 && this.sourceEnds[last] === sourceStart) {
      const lastViewEnd = (this.viewStarts[last] ?? 0) + sourceStart - (this.sourceStarts[last] ?? 0);
      if (lastViewEnd === viewStart) {
        this.sourceEnds[last] = sourceEnd;
        return;
      }
    }
    if (this.count === this.viewStarts.length) this.grow();
    this.viewStarts[this.count] = viewStart;
    this.sourceStarts[this.count] = sourceStart;
    this.sourceEnds[this.count] = sourceEnd;
    this.identity[this.count] = isIdentity ? 1 : 0;
    this.count += 1;
  }

  private grow(): void {
    const capacity = this.viewStarts.length * 2;
    this.viewStarts = copyInto(this.viewStarts, new Int32Array(capacity));
    this.sourceStarts = copyInto(this.sourceStarts, new Int32Array(capacity));
    this.sourceEnds = copyInto(this.sourceEnds, new Int32Array(capacity));
    this.identity = copyInto(this.identity, new Uint8Array(capacity));
  }
}

/** The segments of a finished view and what they refer to. */
export interface SegmentMapOptions {
  table: SegmentTable;
  /** The source text (to widen identity spans to whole surrogate pairs). */
  source: string;
  /** Length of the view text. */
  length: number;
  /** A source end the last unit reaches past its segment (a removed tail), or -1. */
  tailEnd: number;
}

/** Index of the segment holding view unit `unit` (binary search). */
function segmentOf(table: SegmentTable, unit: number): number {
  let low = 0;
  let high = table.count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((table.viewStarts[middle] ?? 0) <= unit) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A monotone map stored as segments: O(log segments) per lookup, O(segments) memory. */
class SegmentMap implements OffsetMap {
  constructor(private readonly options: SegmentMapOptions) {}

  map(start: number, end: number): [number, number] {
    const { length } = this.options;
    if (length === 0) return [0, 0];
    const from = clamp(start, 0, length);
    const to = clamp(end, from, length);
    if (from < to) return [this.startOf(from), this.endOf(to - 1)];
    const point = from < length ? this.startOf(from) : this.endOf(length - 1);
    return [point, point];
  }

  /** Where view unit `unit` starts in the source (a pair's low half starts with its high half). */
  private startOf(unit: number): number {
    const { table, source } = this.options;
    const segment = segmentOf(table, unit);
    if (table.identity[segment] !== 1) return table.sourceStarts[segment] ?? 0;
    const position = (table.sourceStarts[segment] ?? 0) + unit - (table.viewStarts[segment] ?? 0);
    const splitsPair = position > 0 && isLowSurrogate(source.charCodeAt(position)) && isHighSurrogate(source.charCodeAt(position - 1));
    return splitsPair ? position - 1 : position;
  }

  /** Where view unit `unit` ends in the source (a pair's high half ends with its low half). */
  private endOf(unit: number): number {
    const { table, source, length, tailEnd } = this.options;
    const segment = segmentOf(table, unit);
    let end = table.sourceEnds[segment] ?? 0;
    if (table.identity[segment] === 1) {
      end = (table.sourceStarts[segment] ?? 0) + unit - (table.viewStarts[segment] ?? 0) + 1;
      if (isHighSurrogate(source.charCodeAt(end - 1)) && isLowSurrogate(source.charCodeAt(end))) end += 1;
    }
    return unit === length - 1 ? Math.max(end, tailEnd) : end;
  }
}

/** A monotone map stored as segments: O(log segments) per lookup, O(segments) memory. */
export function segmentMap(options: SegmentMapOptions): OffsetMap {
  return new SegmentMap(options);
}
