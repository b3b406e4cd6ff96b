import { charKind, foldOf, kindOf } from './char-kinds.js';
import { scanKernel } from './kernel.js';
import type { TextTransform } from './offset-map.js';
import { ViewBuilder } from './view-builder.js';

/** Tab..CR and printable ASCII: copied as is. A sticky greedy loop is irregexp's fastest scan. */
const plainRunPattern = /[\t-\r\x20-\x7e]*/y;
/** Plain characters read one by one after a special one before handing over to `plainRunPattern`. */
const shortPlainRun = 8;
const composeCache = new Map<number, string>();
const clusterCache = new Map<string, string>();

/**
 * The normalized form of `text` with its offset map, or null when it is already normal: NFKC per
 * base character and its combining marks, invisible and control characters removed, tag characters
 * decoded, Cyrillic/Greek look-alikes and other-script digits folded to ASCII, lone surrogates
 * replaced by U+FFFD.
 * @example normalizeText('раураl')?.text === 'paypal'
 */
export function normalizeText(text: string): TextTransform | null {
  const length = text.length;
  const plainRuns = plainRunsOf(text);
  let index = plainRuns.end(0);
  if (index === length) return null;
  const builder = new ViewBuilder(text);
  let runStart = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if ((code >= 0x20 && code < 0x7f) || (code >= 0x09 && code <= 0x0d)) {
      index = plainRuns.end(index + 1);
      continue;
    }
    const keptLength = keptCharacterLength(text, index, code);
    if (keptLength > 0) {
      index += keptLength;
      continue;
    }
    const clusterStart = index > runStart && isMarkAt(text, index, code) ? index - 1 : index;
    builder.copy(runStart, clusterStart);
    index = normalizeCluster(text, clusterStart, builder);
    runStart = index;
  }
  builder.copy(runStart, length);
  return builder.finish();
}

/** Where the run of plain characters (tab..CR, printable ASCII) starting at a position ends. */
interface PlainRuns {
  end(from: number): number;
}

/**
 * The plain runs of `text`: from the positions of its other characters, listed in one pass by the
 * scan kernel when it is loaded, else by `plainRunEnd`.
 */
function plainRunsOf(text: string): PlainRuns {
  const kernel = scanKernel(text);
  if (!kernel) return { end: (from) => plainRunEnd(text, from) };
  const specials = kernel.positions(text, kernel.exports.specialUnits);
  let next = 0;
  return {
    // Positions asked for only grow within one normalization, so one cursor walks the list.
    end: (from) => {
      while (next < specials.length && specials[next]! < from) next++;
      return next < specials.length ? specials[next]! : text.length;
    },
  };
}

/**
 * Index after the run of plain characters (tab..CR, printable ASCII) that starts at `from`: a few
 * are read directly (specials often come in clusters), a longer run goes to one native scan.
 */
function plainRunEnd(text: string, from: number): number {
  const shortEnd = Math.min(text.length, from + shortPlainRun);
  for (let index = from; index < shortEnd; index++) {
    const code = text.charCodeAt(index);
    if (!((code >= 0x20 && code < 0x7f) || (code >= 0x09 && code <= 0x0d))) return index;
  }
  if (shortEnd === text.length) return shortEnd;
  plainRunPattern.lastIndex = shortEnd;
  plainRunPattern.test(text);
  return plainRunPattern.lastIndex;
}

/**
 * Length of the character at `index` when it stays as it is (kind `keep`, no combining mark after
 * it), else 0; such characters stay inside the run being copied.
 */
function keptCharacterLength(text: string, index: number, code: number): number {
  let size = 1;
  let codePoint = code;
  if (code >= 0xd800 && code <= 0xdfff) {
    const next = text.charCodeAt(index + 1);
    if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return 0;
    codePoint = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
    size = 2;
  }
  if (kindOf(codePoint) !== charKind.keep) return 0;
  const after = text.charCodeAt(index + size);
  return after >= 0x300 && isMarkAt(text, index + size, after) ? 0 : size;
}

/** A combining character right after plain ASCII belongs to the cluster of that ASCII base. */
function isMarkAt(text: string, index: number, code: number): boolean {
  if (code < 0x300) return false;
  const kind = kindOf(text.codePointAt(index) ?? code);
  return kind === charKind.mark || kind === charKind.removeMark;
}

function isLoneSurrogate(text: string, index: number, code: number): boolean {
  if (code < 0xd800 || code > 0xdfff) return false;
  if (code >= 0xdc00) return true;
  const next = text.charCodeAt(index + 1);
  return !(next >= 0xdc00 && next <= 0xdfff);
}

/** Handles one base character and the marks after it; returns the index after the cluster. */
function normalizeCluster(text: string, start: number, builder: ViewBuilder): number {
  const code = text.charCodeAt(start);
  if (isLoneSurrogate(text, start, code)) {
    builder.emit('\ufffd', start, start + 1);
    return start + 1;
  }
  const codePoint = text.codePointAt(start) ?? code;
  const baseEnd = start + (codePoint > 0xffff ? 2 : 1);
  const kind = kindOf(codePoint);
  if (kind === charKind.remove || kind === charKind.removeMark) {
    builder.remove(start, baseEnd);
    return baseEnd;
  }
  const end = markRunEnd(text, baseEnd);
  if (end === baseEnd && kind === charKind.keep) builder.copy(start, end);
  else if (end === baseEnd && kind === charKind.fold) builder.emit(String.fromCharCode(foldOf(codePoint)), start, end);
  else if (end === baseEnd) emitChanged(builder, composeSingle(codePoint), start, end, text);
  else emitChanged(builder, composeCluster(text.slice(start, end)), start, end, text);
  return end;
}

function emitChanged(builder: ViewBuilder, output: string, start: number, end: number, text: string): void {
  if (output.length === end - start && output === text.slice(start, end)) builder.copy(start, end);
  else builder.emit(output, start, end);
}

/** Index after the run of combining marks that starts at `index`. */
function markRunEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code < 0x300 || isLoneSurrogate(text, end, code)) break;
    const codePoint = text.codePointAt(end) ?? code;
    const kind = kindOf(codePoint);
    if (kind !== charKind.mark && kind !== charKind.removeMark) break;
    end += codePoint > 0xffff ? 2 : 1;
  }
  return end;
}

/** The cluster without the marks that are removed anyway. */
function withoutRemovedMarks(cluster: string): string {
  let result = '';
  for (let index = 0; index < cluster.length; ) {
    const codePoint = cluster.codePointAt(index) ?? 0;
    const size = codePoint > 0xffff ? 2 : 1;
    if (kindOf(codePoint) !== charKind.removeMark) result += cluster.slice(index, index + size);
    index += size;
  }
  return result;
}

/** A base character with its marks, composed and folded; short clusters are cached (they repeat). */
function composeCluster(cluster: string): string {
  let result = clusterCache.get(cluster);
  if (result === undefined) {
    result = foldText(withoutRemovedMarks(cluster).normalize('NFKC'));
    if (cluster.length <= 8) {
      if (clusterCache.size >= 4096) clusterCache.clear();
      clusterCache.set(cluster, result);
    }
  }
  return result;
}

function composeSingle(codePoint: number): string {
  let result = composeCache.get(codePoint);
  if (result === undefined) {
    result = foldText(String.fromCodePoint(codePoint).normalize('NFKC'));
    if (composeCache.size < 65536) composeCache.set(codePoint, result);
  }
  return result;
}

/** Applies removals and ASCII folds to NFKC output, recomposing when a fold freed a mark. */
function foldText(text: string): string {
  let result = '';
  let changed = false;
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) ?? 0;
    const size = codePoint > 0xffff ? 2 : 1;
    const kind = kindOf(codePoint);
    if (kind === charKind.remove || kind === charKind.removeMark) changed = true;
    else if (kind === charKind.fold) {
      result += String.fromCharCode(foldOf(codePoint));
      changed = true;
    } else result += text.slice(index, index + size);
    index += size;
  }
  if (!changed) return text;
  return result.length > 1 ? result.normalize('NFKC') : result;
}
