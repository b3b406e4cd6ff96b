import type { TextTransform } from './offset-map.js';
import { SegmentTable, segmentMap } from './segment-map.js';

function isPairAt(source: string, index: number, end: number): boolean {
  const code = source.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= end) return false;
  const next = source.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** Stands in for the segment table until the first change; never written to. */
const emptyTable = new SegmentTable();

/**
 * Builds a text derived from `source` piece by piece, with the offset map back to `source`.
 * It stays a plain identity (no buffers) until the first change. A removed source run is attached
 * to the next emitted code unit (or, at the very end, to the last one), so no source span is lost.
 */
export class ViewBuilder {
  private readonly source: string;
  /** Made on the first change: a text that stays identical needs no table. */
  private segments: SegmentTable = emptyTable;
  private length = 0;
  private identity = true;
  /** The output so far (built by concatenation; V8 joins the pieces once, on first read). */
  private text = '';
  private pendingStart = -1;
  private pendingEnd = -1;

  constructor(source: string) {
    this.source = source;
  }

  /** Appends source[from, to) unchanged (`from`/`to` must not split a surrogate pair). */
  copy(from: number, to: number): void {
    if (to <= from) return;
    if (this.identity && from === this.length && this.pendingStart < 0) {
      this.length = to;
      return;
    }
    this.materialize();
    let start = from;
    if (this.pendingStart >= 0) {
      const firstEnd = from + (isPairAt(this.source, from, to) ? 2 : 1);
      this.segments.add(this.length, this.pendingStart, firstEnd, false);
      this.pendingStart = -1;
      this.writeSource(from, firstEnd);
      start = firstEnd;
    }
    if (start >= to) return;
    this.segments.add(this.length, start, to, true);
    this.writeSource(start, to);
  }

  /** Appends `text`, every code unit of which came from source[spanStart, spanEnd). */
  emit(text: string, spanStart: number, spanEnd: number): void {
    if (text.length === 0) {
      this.remove(spanStart, spanEnd);
      return;
    }
    this.materialize();
    this.segments.add(this.length, this.pendingStart >= 0 ? this.pendingStart : spanStart, spanEnd, false);
    this.pendingStart = -1;
    this.text += text;
    this.length += text.length;
  }

  /** Drops source[spanStart, spanEnd) from the output. */
  remove(spanStart: number, spanEnd: number): void {
    if (spanEnd <= spanStart) return;
    this.materialize();
    if (this.pendingStart < 0) this.pendingStart = spanStart;
    this.pendingEnd = spanEnd;
  }

  /** The finished text and map, or null when the output equals the whole source. */
  finish(): TextTransform | null {
    if (this.identity) {
      if (this.length === this.source.length) return null;
      this.materialize();
    }
    const tailEnd = this.pendingStart >= 0 ? this.pendingEnd : -1;
    return {
      text: this.text,
      map: segmentMap({ table: this.segments, source: this.source, length: this.length, tailEnd }),
    };
  }

  private materialize(): void {
    if (!this.identity) return;
    this.identity = false;
    this.segments = new SegmentTable();
    const prefix = this.length;
    this.length = 0;
    if (prefix === 0) return;
    this.segments.add(0, 0, prefix, true);
    this.writeSource(0, prefix);
  }

  private writeSource(from: number, to: number): void {
    this.text += this.source.slice(from, to);
    this.length += to - from;
  }
}
