/**
 * Finds the values of table columns whose header names a key: CSV, TSV, semicolon and markdown
 * tables (`password;id` then rows) and SQL `INSERT INTO t (col, …) VALUES (…), (…)`. Work is linear:
 * each line holding a trigger occurrence is read once, and each table's rows once.
 */

/** One cell of a column whose header cell holds a trigger occurrence. */
export interface ColumnValue {
  /** The header cell (column name), unquoted. */
  key: string;
  /** The data cell, trimmed and unquoted. */
  value: string;
  /** Where `value` starts in the text. */
  start: number;
}

interface Cell {
  text: string;
  start: number;
}

/** Header lines longer than this are not read as tables. */
const maxHeaderLength = 4096;
const headerName = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
const sqlInsert = /^[ \t]{0,16}INSERT[ \t]{1,8}INTO[ \t]{1,8}[A-Za-z0-9_."`[\]]{1,128}[ \t]{0,8}\(/i;
const markdownSeparator = /^[ \t]{0,16}\|?(?:[ \t]{0,8}:?-{1,64}:?[ \t]{0,8}\|){1,64}[ \t]{0,8}(?::?-{1,64}:?[ \t]{0,8})?$/;

/**
 * The cells under every header cell that contains one of `positions` (trigger occurrences, each
 * list ascending), for lines that read as a table header or an SQL INSERT column list.
 * @example
 * columnValues('id,password\n1,Xk93-frozen', [[3]]); // [{ key: 'password', value: 'Xk93-frozen', start: 14 }]
 */
export function columnValues(text: string, positions: ReadonlyArray<readonly number[]>): ColumnValue[] {
  const found: ColumnValue[] = [];
  const merged = positions.length === 1 ? positions[0]! : positions.flat().sort((left, right) => left - right);
  let readUntil = -1;
  for (const position of merged) {
    if (position < readUntil) continue;
    const lineStart = text.lastIndexOf('\n', position) + 1;
    const lineEnd = endOfLine(text, position);
    readUntil = lineEnd;
    if (lineEnd - lineStart > maxHeaderLength) continue;
    const line = text.slice(lineStart, lineEnd);
    const atTrigger = (cell: Cell): boolean => hasPositionIn(merged, lineStart + cell.start, lineStart + cell.start + cell.text.length);
    const tableEnd = sqlInsert.test(line) ? sqlValues(text, lineStart, line, atTrigger, found) : delimitedValues(text, lineEnd, line, atTrigger, found);
    readUntil = Math.max(readUntil, tableEnd);
  }
  return found;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** True when the ascending `list` has a position in [start, end). */
function hasPositionIn(list: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < start) low = middle + 1;
    else high = middle;
  }
  return low < list.length && list[low]! < end;
}

/** Columns of an `INSERT INTO t (…) VALUES (…), (…)` statement: the tuples may span lines. */
function sqlValues(text: string, lineStart: number, line: string, atTrigger: (cell: Cell) => boolean, found: ColumnValue[]): number {
  const open = line.indexOf('(');
  const close = line.indexOf(')', open);
  if (close < 0) return 0;
  const names = splitCells(line.slice(open + 1, close), ',', open + 1);
  const keyed = names.map((name, index) => ({ name, index })).filter(({ name }) => headerName.test(name.text) && atTrigger(name));
  if (keyed.length === 0) return 0;
  const values = /^[ \t\r\n]{0,64}VALUES[ \t\r\n]{0,64}/i.exec(text.slice(lineStart + close + 1, lineStart + close + 200));
  if (!values) return 0;
  let at = lineStart + close + 1 + values[0].length;
  while (text[at] === '(') {
    const row = sqlTuple(text, at + 1);
    if (!row) return at;
    if (row.cells.length === names.length) {
      for (const { name, index } of keyed) found.push({ key: name.text, value: row.cells[index]!.text, start: row.cells[index]!.start });
    }
    at = row.end;
    while (at < text.length && /[ \t\r\n,]/.test(text[at]!)) at++;
  }
  return at;
}

/** One `( … )` tuple from just after its parenthesis: quoted strings (no `''` escapes) and bare tokens. */
function sqlTuple(text: string, from: number): { cells: Cell[]; end: number } | undefined {
  const cells: Cell[] = [];
  let at = from;
  for (;;) {
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (text[at] === "'") {
      const close = text.indexOf("'", at + 1);
      const newline = text.indexOf('\n', at + 1);
      if (close < 0 || (newline >= 0 && newline < close) || text[close + 1] === "'") return undefined;
      cells.push({ text: text.slice(at + 1, close), start: at + 1 });
      at = close + 1;
    } else {
      const start = at;
      while (at < text.length && !/[,)\r\n]/.test(text[at]!)) at++;
      cells.push({ text: text.slice(start, at).trim(), start });
    }
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (text[at] === ')') return { cells, end: at + 1 };
    if (text[at] !== ',') return undefined;
    at++;
  }
}

/**
 * Columns of a delimited table whose header is `line`: following lines with as many cells are its
 * rows. Returns where the table ends (0 when `line` is no header).
 */
function delimitedValues(text: string, lineEnd: number, line: string, atTrigger: (cell: Cell) => boolean, found: ColumnValue[]): number {
  const delimiter = ['\t', '|', ';', ','].find((candidate) => line.includes(candidate));
  if (!delimiter) return 0;
  const names = rowCells(line.replace(/\r$/, ''), delimiter, 0);
  if (names.length < 2 || !names.every((name) => headerName.test(name.text))) return 0;
  const keyed = names.map((name, index) => ({ name, index })).filter(({ name }) => atTrigger(name));
  if (keyed.length === 0) return 0;
  let rowStart = lineEnd + 1;
  let first = true;
  while (rowStart < text.length) {
    const rowEnd = endOfLine(text, rowStart);
    const row = text.slice(rowStart, rowEnd).replace(/\r$/, '');
    if (!(first && delimiter === '|' && markdownSeparator.test(row))) {
      const cells = rowCells(row, delimiter, rowStart);
      if (cells.length !== names.length) return rowStart;
      for (const { name, index } of keyed) found.push({ key: name.text, value: cells[index]!.text, start: cells[index]!.start });
    }
    first = false;
    rowStart = rowEnd + 1;
  }
  return text.length;
}

/** A row's cells; a markdown row (`| a | b |`) loses its outer pipes. */
function rowCells(row: string, delimiter: string, offset: number): Cell[] {
  if (delimiter !== '|') return splitCells(row, delimiter, offset);
  const first = row.indexOf('|');
  const last = row.lastIndexOf('|');
  if (row.slice(0, first).trim() !== '' || row.slice(last + 1).trim() !== '' || last <= first) return splitCells(row, delimiter, offset);
  return splitCells(row.slice(first + 1, last), delimiter, offset + first + 1);
}

/** Splits on `delimiter` outside double quotes; each cell trimmed and unquoted (cells with `""` escapes are kept raw). */
function splitCells(row: string, delimiter: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  let quoted = false;
  for (let index = 0; index <= row.length; index++) {
    const char = row[index];
    if (char === '"') quoted = !quoted;
    else if ((char === delimiter && !quoted) || index === row.length) {
      cells.push(trimCell(row.slice(start, index), offset + start));
      start = index + 1;
    }
  }
  return cells;
}

function trimCell(raw: string, start: number): Cell {
  const leading = raw.length - raw.trimStart().length;
  let text = raw.trim();
  let at = start + leading;
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"') && !text.slice(1, -1).includes('"')) {
    text = text.slice(1, -1);
    at++;
  }
  return { text, start: at };
}
