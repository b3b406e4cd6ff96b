import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { formatPath } from '../../core/config.js';
import { VouchError } from '../../core/errors.js';
import { caseSchema, type CaseInput } from './schema.js';

/** A case read from a file, with where it was written (for ids and error messages). */
export interface SourcedCase {
  value: CaseInput;
  /** `cases.jsonl#3`: the file as written in the suite and the 1-based line or item number. */
  source: string;
}

/**
 * Reads the cases of one cases file: JSONL (one case per line), CSV (a header row; columns id,
 * input, expected, system, tags split on `|` or `;`, `vars.NAME` or any other column a variable),
 * or YAML/JSON (a list of cases). Every case is validated; an error names file, line and field.
 */
export function readCaseFile(path: string, shownAs: string): SourcedCase[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `cannot read cases file ${shownAs}: ${(error as Error).message}`, { fix: 'Check the `file:` path; it is relative to the suite file.' });
  }
  const extension = extname(path).toLowerCase();
  const raw = extension === '.jsonl' || extension === '.ndjson' ? jsonLines(text, shownAs) : extension === '.csv' ? csvRows(text, shownAs) : yamlItems(text, shownAs);
  return raw.map(({ value, index }) => ({ value: validateCase(value, `${shownAs}#${index}`), source: `${shownAs}#${index}` }));
}

function jsonLines(text: string, shownAs: string): { value: unknown; index: number }[] {
  const items: { value: unknown; index: number }[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      items.push({ value: JSON.parse(line), index: index + 1 });
    } catch (error) {
      throw new VouchError('VOUCH_CONFIG_INVALID', `${shownAs}:${index + 1}: not JSON (${(error as Error).message})`, { fix: 'Write one JSON object per line: {"id": "...", "input": "...", "tags": [...]}.' });
    }
  });
  return items;
}

const knownColumns = new Set(['id', 'input', 'expected', 'system']);

function csvRows(text: string, shownAs: string): { value: unknown; index: number }[] {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, { columns: true, skip_empty_lines: true, bom: true, trim: false }) as Record<string, string>[];
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_INVALID', `${shownAs}: not valid CSV (${(error as Error).message})`, { fix: 'Use a header row and quote cells that contain commas, quotes or newlines.' });
  }
  return rows.map((row, index) => {
    const value: Record<string, unknown> = {};
    const vars: Record<string, string> = {};
    for (const [column, cell] of Object.entries(row)) {
      if (cell === '' || cell === undefined) continue;
      if (knownColumns.has(column)) value[column] = cell;
      else if (column === 'tags') value.tags = cell.split(/[|;]/).map((tag) => tag.trim()).filter(Boolean);
      else vars[column.startsWith('vars.') ? column.slice(5) : column] = cell;
    }
    if (Object.keys(vars).length > 0) value.vars = vars;
    // Line numbers: the header is line 1 (rows with embedded newlines make this approximate).
    return { value, index: index + 2 };
  });
}

function yamlItems(text: string, shownAs: string): { value: unknown; index: number }[] {
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_INVALID', `${shownAs}: not valid YAML or JSON (${(error as Error).message.split('\n')[0]})`, { fix: 'A cases file in YAML or JSON is a list of cases.' });
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { cases?: unknown } | null)?.cases;
  if (!Array.isArray(list)) throw new VouchError('VOUCH_CONFIG_INVALID', `${shownAs}: expected a list of cases (or an object with a \`cases\` list)`, { fix: 'Write `- id: ...\n  input: ...` items.' });
  return list.map((value, index) => ({ value, index: index + 1 }));
}

function validateCase(value: unknown, where: string): CaseInput {
  const result = caseSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new VouchError('VOUCH_CONFIG_INVALID', `${where} at ${formatPath(issue.path)}: ${issue.message}`, {
    fix: 'A case has id, input (or turns), tags, vars, expected, system, repeat, scorers; see docs/evaluation.md.',
  });
}
