/** How far around a match context words are looked for, in UTF-16 code units. */
export const contextWindow = { before: 48, after: 24 } as const;
/** Added for a positive word near the match, subtracted for a negative one. */
export const contextBoost = 0.3;
/** Added when no word is near but a document-level word appears anywhere in the text. */
export const documentContextBoost = 0.15;

/**
 * Words that move a match's score. Lowercase words match in any case, as whole words of prose
 * or of identifiers (`tax file number` matches `TAX_FILE_NUMBER`, `taxFileNumber`, `tax-file-number`);
 * a word with capitals (`SIN`, also a Spanish word) matches in prose only as written, and in any
 * case only as a key (`sin=`, `sin_number`, a `sin` column).
 */
export interface ContextWords {
  /** Words that raise the score when near the match (or in the header of its table column). */
  readonly context?: readonly string[];
  /** Words that lower the score when near the match and nearer than any positive word. */
  readonly negativeContext?: readonly string[];
  /** Words that name the entity unambiguously: anywhere in the text they add a smaller boost. */
  readonly documentContext?: readonly string[];
}

/** What the words near a match say about it. */
export type Cue = 'positive' | 'negative';

interface Span {
  start: number;
  end: number;
}

/**
 * Adjusts a score by context words: ±`contextBoost` for the nearest word around [start, end) or
 * in the header cell of its table column, else +`documentContextBoost` for a document-level word
 * anywhere in the text (not for a table cell, whose header is its label). Clamped to [0, 1].
 * @example
 * scoreWithContext('NHS number: 401 023 2137', { start: 12, end: 24, score: 0.4 }, { context: ['nhs'] }); // 0.7
 */
export function scoreWithContext(text: string, span: Span & { score: number }, words: ContextWords): number {
  if (!words.context?.length && !words.negativeContext?.length && !words.documentContext?.length) return span.score;
  const header = tableHeaderCell(text, span.start, span.end);
  const cue = (header && cueInRange(text, header, words)) ?? cueInWindow(text, span, words);
  if (cue === 'positive') return Math.min(1, span.score + contextBoost);
  if (cue === 'negative') return Math.max(0, span.score - contextBoost);
  if (!header && words.documentContext?.length && mentionsAnywhere(text, words.documentContext)) {
    return Math.min(1, span.score + documentContextBoost);
  }
  return span.score;
}

/**
 * The cue near [start, end): the header cell of its table column decides when it holds a word,
 * else the nearest word in the window around the span that no other number separates from it.
 */
export function nearCue(text: string, span: Span, words: ContextWords): Cue | undefined {
  const header = tableHeaderCell(text, span.start, span.end);
  return (header && cueInRange(text, header, words)) ?? cueInWindow(text, span, words);
}

// Matching words: one alternation of a list's folded forms runs over a lowercased, separator-folded
// copy of the text; each hit is checked against the original text for word boundaries and case.

interface CompiledWords {
  /** Every folded form, longest first, as one global alternation. */
  readonly pattern: RegExp;
  /** Folded forms, longest first, each with the spelling it must have when the word has capitals. */
  readonly forms: readonly { form: string; exact: string | undefined }[];
  /** Where each form first appears in `forms`: the pattern's hit, so no longer form starts there. */
  readonly firstIndex: ReadonlyMap<string, number>;
}

const compiledLists = new WeakMap<readonly string[], CompiledWords>();

function compile(words: readonly string[]): CompiledWords {
  let compiled = compiledLists.get(words);
  if (!compiled) {
    const forms = words.flatMap((word) => {
      const folded = foldSeparators(word.toLowerCase());
      const compact = folded.replaceAll(' ', '');
      const exact = word === word.toLowerCase() ? undefined : word;
      return compact !== folded ? [{ form: folded, exact }, { form: compact, exact }] : [{ form: folded, exact }];
    });
    forms.sort((a, b) => b.form.length - a.form.length);
    // A space in a form matches "_" and "-" too, so the text is only lowercased, not copied again.
    const source = forms.map(({ form }) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(' ', '[ _-]')).join('|');
    const firstIndex = new Map<string, number>();
    for (let index = forms.length - 1; index >= 0; index--) firstIndex.set(forms[index]!.form, index);
    compiled = { pattern: new RegExp(source || '(?!)', 'g'), forms, firstIndex };
    compiledLists.set(words, compiled);
  }
  return compiled;
}

/** Lowercase, one code unit for one, so offsets still index the text (word patterns take `_` and `-` for a space). */
function fold(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('');
}

/**
 * True when `form` (lowercase, spaces for separators) is written in `folded` at `index`, where a
 * space of the form may be a space, "_" or "-".
 * @example
 * isFormAt('my tax_file no', 'tax file', 3); // true
 */
export function isFormAt(folded: string, form: string, index: number): boolean {
  if (index + form.length > folded.length) return false;
  for (let offset = 0; offset < form.length; offset++) {
    const expected = form.charCodeAt(offset);
    const actual = folded.charCodeAt(index + offset);
    if (actual !== expected && !(expected === 32 && (actual === 95 || actual === 45))) return false;
  }
  return true;
}

function foldSeparators(text: string): string {
  return text.includes('_') || text.includes('-') ? text.replace(/[_-]/g, ' ') : text;
}

const isUpperCode = (code: number): boolean => code >= 65 && code <= 90;
const isLowerCode = (code: number): boolean => code >= 97 && code <= 122;
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

const nonAsciiWordCharacter = /[\p{L}\p{N}]/u;

function isWordCharacterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isUpperCode(code) || isLowerCode(code) || isDigitCode(code);
  return nonAsciiWordCharacter.test(text[index]!);
}

/**
 * True when a word may start or end at `index`: a non-word character, a camelCase step, or (with
 * `letterToDigit`, for words of three letters or more: "isbn13", "sha256") letters then digits.
 */
function isBoundary(text: string, index: number, letterToDigit = false): boolean {
  if (index <= 0 || index >= text.length) return true;
  if (!isWordCharacterAt(text, index - 1) || !isWordCharacterAt(text, index)) return true;
  const previous = text.charCodeAt(index - 1);
  const current = text.charCodeAt(index);
  if (isDigitCode(current)) return letterToDigit && (isUpperCode(previous) || isLowerCode(previous));
  if (!isUpperCode(current)) return false;
  return isLowerCode(previous) || (isUpperCode(previous) && isLowerCode(text.charCodeAt(index + 1)));
}

/** Characters around a table cell or a line. */
const cellEdges = ',;\t|\r\n';

/** True when [start, end) is written as a key: `sin=`, `sin:`, `"sin":`, `sin_number`, `sinNumber`, a `sin` cell. */
function isKeyAt(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '\n';
  const after = text[end] ?? '\n';
  if ('=:_'.includes(after) || before === '_' || isUpperCode(after.charCodeAt(0))) return true;
  if (after === '"' || after === "'") return text[end + 1] === ':';
  return cellEdges.includes(before) && cellEdges.includes(after);
}

function isWordAt(text: string, index: number, form: string, exact: string | undefined): boolean {
  if (exact !== undefined && !text.startsWith(exact, index) && !isKeyAt(text, index, index + form.length)) return false;
  return isBoundary(text, index) && isBoundary(text, index + form.length, form.length >= 3);
}

/** Part of a folded text: words are looked for from `from` and must end by `to`. */
interface FoldedRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Calls `visit(start, end)` for each whole-word occurrence of the list in `folded` (the folded
 * text from `offset`), or in its `range`, in order, until `visit` returns true.
 */
function eachWord(
  text: string,
  folded: string,
  offset: number,
  words: CompiledWords,
  visit: (start: number, end: number) => boolean,
  range: FoldedRange = { from: 0, to: folded.length },
): void {
  const pattern = words.pattern;
  pattern.lastIndex = range.from;
  for (let found = pattern.exec(folded); found !== null && found.index < range.to; found = pattern.exec(folded)) {
    const index = found.index;
    pattern.lastIndex = index + 1;
    // The alternation takes the first (longest) form that matches, so the forms before it do not;
    // a form running past the range's end is not in the range, but a shorter one may be.
    const hit = found[0];
    for (let formIndex = words.firstIndex.get(hit.includes('_') || hit.includes('-') ? foldSeparators(hit) : hit)!; formIndex < words.forms.length; formIndex++) {
      const { form, exact } = words.forms[formIndex]!;
      if (index + form.length > range.to || !isFormAt(folded, form, index) || !isWordAt(text, offset + index, form, exact)) continue;
      if (visit(offset + index, offset + index + form.length)) return;
      break;
    }
  }
}

/** True when a run of three or more digits lies in [from, to): another value the word belongs to. */
function hasNumberBetween(text: string, from: number, to: number): boolean {
  let run = 0;
  for (let index = from; index < to; index++) {
    run = isDigitCode(text.charCodeAt(index)) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/** How far after a word its own value may start ("Order #98", "Tel.: +44 …"). */
const labelReach = 16;

function hasNewlineBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (text.charCodeAt(index) === 10) return true;
  return false;
}

/** The rest of a label's line: a few more words of the label ("number"), then ":" or "=", or nothing. */
const labelEndPattern = /^(?:[\p{L} ]{0,24}[:=])?[ \t\r]*$/u;

/**
 * True when a word on an earlier line labels the value: its line ends in a colon (or with the
 * word), and the value's own line has no other text before it ("NHS number:\n401 023 2137").
 */
function isLabelAbove(text: string, wordEnd: number, spanStart: number): boolean {
  let lineEnd = wordEnd;
  while (lineEnd < spanStart && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  if (!labelEndPattern.test(text.slice(wordEnd, lineEnd))) return false;
  for (let index = lineEnd; index < spanStart; index++) if (isWordCharacterAt(text, index)) return false;
  return true;
}

/** True when a digit follows a word closely, before the line or a sentence ends: the word labels that value. */
function labelsNextValue(text: string, wordEnd: number): boolean {
  const limit = Math.min(text.length, wordEnd + labelReach);
  for (let index = wordEnd; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (isDigitCode(code)) return true;
    if (code === 10 || ((code === 46 || code === 33 || code === 63) && text.charCodeAt(index + 1) === 32 && isUpperCode(text.charCodeAt(index + 2)))) return false;
  }
  return false;
}

/** The text around a span, folded once for every word list: `folded` runs from `start` to the end of the window after the span. */
interface ContextWindow {
  readonly span: Span;
  readonly start: number;
  readonly folded: string;
}

/**
 * Distance between the span and the nearest word of the list that labels it, or Infinity. A word
 * before it labels it unless another number lies between them or it is on an earlier line that is
 * not a dangling label; a word after it, on its line, unless it is followed by a value of its own.
 */
function nearestDistance(text: string, window: ContextWindow, words: readonly string[] | undefined): number {
  if (!words?.length) return Infinity;
  const { span } = window;
  const compiled = compile(words);
  let best = Infinity;
  const { folded, start: offset } = window;
  const before = { from: 0, to: span.start - offset };
  const after = { from: span.end - offset, to: folded.length };
  eachWord(text, folded, offset, compiled, (_start, end) => {
    const labelsSpan = !hasNumberBetween(text, end, span.start) && (!hasNewlineBetween(text, end, span.start) || isLabelAbove(text, end, span.start));
    if (labelsSpan) best = Math.min(best, span.start - end);
    return false;
  }, before);
  eachWord(text, folded, offset, compiled, (start, end) => {
    const labelsSpan = !hasNumberBetween(text, span.end, start) && !hasNewlineBetween(text, span.end, start) && !labelsNextValue(text, end);
    if (labelsSpan) best = Math.min(best, start - span.end);
    return true;
  }, after);
  return best;
}

function cueInWindow(text: string, span: Span, words: ContextWords): Cue | undefined {
  const start = Math.max(0, span.start - contextWindow.before);
  const window: ContextWindow = { span, start, folded: fold(text.slice(start, Math.min(text.length, span.end + contextWindow.after))) };
  const positive = nearestDistance(text, window, words.context);
  const negative = nearestDistance(text, window, words.negativeContext);
  if (positive === Infinity && negative === Infinity) return undefined;
  return positive <= negative ? 'positive' : 'negative';
}

function hasWordIn(text: string, folded: string, offset: number, words: readonly string[] | undefined): boolean {
  if (!words?.length) return false;
  let found = false;
  eachWord(text, folded, offset, compile(words), () => (found = true));
  return found;
}

function cueInRange(text: string, range: Span, words: ContextWords): Cue | undefined {
  const folded = fold(text.slice(range.start, range.end));
  if (hasWordIn(text, folded, range.start, words.context)) return 'positive';
  return hasWordIn(text, folded, range.start, words.negativeContext) ? 'negative' : undefined;
}

// Facts about a whole text, computed when first needed and kept for the last few texts: its folded
// copy and which document-level lists it mentions and the shape of its rows.

interface TextFacts {
  readonly text: string;
  folded?: string;
  readonly mentions: Map<readonly string[], boolean>;
  /** The line last looked at, so matches on one line find it once. */
  lastLine?: LineAround;
  /** Per line (by its start offset): the delimiter slot with the most occurrences and its count, or null. */
  readonly shapes: Map<number, RowShape | null>;
  /** Per line already walked (by start offset): the start of the first line of its table block. */
  readonly tops: Map<number, number>;
}

const factsCache: TextFacts[] = [];
const factsCacheSize = 2;

function factsOf(text: string): TextFacts {
  const newest = factsCache[0];
  if (newest?.text === text) return newest;
  const found = factsCache.findIndex((entry) => entry.text === text);
  if (found !== -1) {
    // An equal text in another string: it takes the entry's place, so the next lookups compare by reference.
    const facts = { ...factsCache.splice(found, 1)[0]!, text };
    factsCache.unshift(facts);
    return facts;
  }
  const facts: TextFacts = { text, mentions: new Map(), shapes: new Map(), tops: new Map() };
  factsCache.unshift(facts);
  if (factsCache.length > factsCacheSize) factsCache.pop();
  return facts;
}

function mentionsAnywhere(text: string, words: readonly string[]): boolean {
  const facts = factsOf(text);
  let verdict = facts.mentions.get(words);
  if (verdict === undefined) {
    facts.folded ??= fold(text);
    verdict = hasWordIn(text, facts.folded, 0, words);
    facts.mentions.set(words, verdict);
  }
  return verdict;
}

// Tables: a run of lines with the same number of one delimiter (comma, semicolon, tab or pipe,
// outside double quotes) is a table whose first line is the header; a value's column header is
// near it however many rows lie between.

/** Comma, semicolon, tab and pipe; a row's shape names one by its slot in this list. */
const delimiterCodes: readonly number[] = [44, 59, 9, 124];
/** Longer lines are prose or minified data, not table rows. */
const maxRowLength = 4096;
/** A header cell is a short label: letters, digits and simple punctuation, no long number. */
const labelPattern = /^[\p{L}\p{N} _.#/()-]{1,64}$/u;

interface RowShape {
  readonly slot: number;
  readonly count: number;
}


/** The line holding a position, found without listing the text's lines: most matches are in no table. */
interface LineAround {
  readonly start: number;
  /** Offset of the "\n" that ends the line, or the text's length. */
  readonly newline: number;
  /** The line's delimiter shape, as `rowShape` gives it. */
  readonly shape: RowShape | null;
}

/**
 * The line holding `position`. Each scan moves forward through the text, so the line of the last
 * lookup is kept and every line is searched for once per scan.
 */
function lineAround(facts: TextFacts, position: number): LineAround {
  const last = facts.lastLine;
  if (last && last.start <= position && position <= last.newline) return last;
  const { text } = facts;
  const start = position === 0 ? 0 : text.lastIndexOf('\n', position - 1) + 1;
  const found = text.indexOf('\n', position);
  const newline = found === -1 ? text.length : found;
  const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
  const line: LineAround = { start, newline, shape: shapeOf(text, { start, end }) };
  facts.lastLine = line;
  return line;
}

/** Characters up to the next delimiter or line end. */
const noDelimiterPattern = /[^,;\t|\n]*/y;

/** The delimiter slot with the most occurrences in a row and its count, or null (none, or a line too long to be a row). */
function shapeOf(text: string, range: Span): RowShape | null {
  if (range.end - range.start > maxRowLength) return null;
  // Most lines hold no delimiter at all, which the regex engine tells faster than a count.
  noDelimiterPattern.lastIndex = range.start;
  if (noDelimiterPattern.test(text) && noDelimiterPattern.lastIndex >= range.end) return null;
  let shape: RowShape | null = null;
  const counts = countDelimiters(text, range.start, range.end);
  for (let slot = 0; slot < counts.length; slot++) if (counts[slot]! > (shape?.count ?? 0)) shape = { slot, count: counts[slot]! };
  return shape;
}

/**
 * Start of the line above the line starting at `lineStart` (which must be above 0).
 * @example
 * lineAbove('ab\ncd\nef', 6); // 3
 */
export function lineAbove(text: string, lineStart: number): number {
  return lineStart < 2 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
}

/** The [start, end) of the line starting at `lineStart`, without its "\r\n" or "\n". */
function lineRange(text: string, lineStart: number): Span {
  const found = text.indexOf('\n', lineStart);
  const end = found === -1 ? text.length : found;
  return { start: lineStart, end: end > lineStart && text.charCodeAt(end - 1) === 13 ? end - 1 : end };
}

/** How many of each delimiter (by slot) lie outside double quotes in [from, to). */
function countDelimiters(text: string, from: number, to: number): number[] {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let pipes = 0;
  let quoted = false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (code === 44) commas++;
    else if (code === 59) semicolons++;
    else if (code === 9) tabs++;
    else if (code === 124) pipes++;
  }
  // Same slots as delimiterCodes.
  return [commas, semicolons, tabs, pipes];
}

/** The shape of the line starting at `line`. */
function rowShape(facts: TextFacts, line: number): RowShape | null {
  const known = facts.shapes.get(line);
  if (known !== undefined) return known;
  const shape = shapeOf(facts.text, lineRange(facts.text, line));
  facts.shapes.set(line, shape);
  return shape;
}

/** First line of the table block `line` belongs to (itself when the line above has another shape). */
function blockTop(facts: TextFacts, line: number, shape: RowShape): number {
  const walked: number[] = [];
  let top = line;
  for (let known = facts.tops.get(top); top > 0; known = facts.tops.get(top)) {
    if (known !== undefined) {
      top = known;
      break;
    }
    walked.push(top);
    const aboveStart = lineAbove(facts.text, top);
    const above = rowShape(facts, aboveStart);
    if (above?.slot !== shape.slot || above.count !== shape.count) break;
    top = aboveStart;
  }
  for (const walkedLine of walked) facts.tops.set(walkedLine, top);
  return top;
}

/** The [start, end) of cell `column` of a row, trimmed of spaces and quotes. */
function cellRange(text: string, row: Span, slot: number, column: number): Span | undefined {
  let cell = 0;
  let cellStart = row.start;
  let quoted = false;
  for (let index = row.start; index <= row.end; index++) {
    const code = index < row.end ? text.charCodeAt(index) : delimiterCodes[slot]!;
    if (code === 34) quoted = !quoted;
    if (quoted || code !== delimiterCodes[slot]) continue;
    if (cell++ === column) return trimCell(text, cellStart, index);
    cellStart = index + 1;
  }
  return undefined;
}

function trimCell(text: string, start: number, end: number): Span {
  while (start < end && (text[start] === ' ' || text[start] === '"')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '"')) end--;
  return { start, end };
}

/**
 * The header cell of the table column holding [start, end), or undefined when the span is not in
 * a table value below a header line, or the header cell is not a short label.
 */
export function tableHeaderCell(text: string, start: number, end: number): Span | undefined {
  const facts = factsOf(text);
  const around = lineAround(facts, start);
  // Not below a first line, across lines, or not a row: no header (the usual case, decided without listing lines).
  if (around.start === 0 || around.newline < end || around.shape === null) return undefined;
  const line = around.start;
  const shape = rowShape(facts, line);
  const top = shape === null ? line : blockTop(facts, line, shape);
  if (shape === null || top === line) return undefined;
  const column = countDelimiters(text, line, start)[shape.slot]!;
  if (countDelimiters(text, start, end)[shape.slot]! > 0) return undefined;
  const cell = cellRange(text, lineRange(text, top), shape.slot, column);
  if (!cell || !labelPattern.test(text.slice(cell.start, cell.end)) || hasNumberBetween(text, cell.start, cell.end)) return undefined;
  return cell;
}
