import type { z } from 'zod';
import { formatPath } from '../../core/config.js';
import { VouchError } from '../../core/errors.js';
import { hashJson } from '../../core/hash.js';
import { corpusItemSchema, type CorpusItem } from '../types.js';

/** Where a JSONL line comes from, for error messages: `${source}:${line}`. */
export interface LineLocation {
  source: string;
  line: number;
}

/**
 * Parses one JSONL line into a plain value; a syntax error names the source and line.
 * @example
 * const value = parseJsonLine('{"id":"a"}', { source: 'items/seed.jsonl', line: 3 });
 */
export function parseJsonLine(text: string, where: LineLocation): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw lineError(where, '(line)', `not valid JSON (${(error as Error).message})`, 'Write each item as one JSON object on a single line.');
  }
}

/** Validates a parsed line against corpusItemSchema; the first problem names source:line: field. */
export function validateItem(value: unknown, where: LineLocation): CorpusItem {
  const result = corpusItemSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const { field, message, fix } = describeIssue(issue);
  throw lineError(where, field, message, fix);
}

/** Parses and validates one JSONL line. */
export function parseItemLine(text: string, where: LineLocation): CorpusItem {
  return validateItem(parseJsonLine(text, where), where);
}

/** The content hash of an item: sha256 of its canonical JSON (after schema defaults). */
export function hashItem(item: CorpusItem): string {
  return hashJson(item);
}

/** Splits JSONL text into numbered non-blank lines (a leading byte-order mark is dropped). */
export function splitJsonLines(text: string): { text: string; line: number }[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, index) => ({ text: line, line: index + 1 }))
    .filter((entry) => entry.text.trim() !== '');
}

/** A VOUCH_INPUT_INVALID error whose message reads `${source}:${line}: ${field}: ${message}`. */
export function lineError(where: LineLocation, field: string, message: string, fix: string): VouchError {
  return new VouchError('VOUCH_INPUT_INVALID', `${where.source}:${where.line}: ${field}: ${message}`, {
    file: where.source,
    path: field,
    fix,
  });
}

function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string; fix: string } {
  const field = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0]!;
      const fullField = issue.path.length === 0 ? key : `${field}.${key}`;
      return { field: fullField, message: `unknown field "${key}"`, fix: 'Remove the field or correct its spelling (see src/redteam/README.md for the item format).' };
    }
    case 'invalid_value':
      return { field, message: 'not an allowed value', fix: `Use one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.` };
    case 'invalid_type':
      if (issue.message.endsWith('received undefined')) return { field, message: `missing (expected ${issue.expected})`, fix: `Add "${field}".` };
      return { field, message: issue.message, fix: `Give "${field}" a value of type ${issue.expected}.` };
    case 'invalid_format':
      return { field, message: issue.message, fix: formatFix(field) };
    default:
      return { field, message: issue.message, fix: `Correct "${field}" as the message describes.` };
  }
}

function formatFix(field: string): string {
  if (field === 'id') return 'Use lowercase letters, digits, "-" and "." only, e.g. "dan-roleplay-01" or "dan-roleplay-01.base64".';
  if (field === 'technique') return 'Use kebab-case: lowercase letters, digits and single hyphens, e.g. "persona-dan".';
  if (field === 'created') return 'Use an ISO date, YYYY-MM-DD.';
  return `Correct "${field}" to the documented format.`;
}
