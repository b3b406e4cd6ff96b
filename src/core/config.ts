import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { VouchError, type ErrorCode } from './errors.js';

export interface ParseConfigOptions<Schema extends z.ZodType> {
  schema: Schema;
  /** Name shown in errors: a file path, "request body", "--policy". */
  source: string;
  /** Error code to raise; defaults to VOUCH_CONFIG_INVALID. */
  code?: ErrorCode;
}

/** One problem in a config, with where it is and how to fix it. */
export interface ConfigProblem {
  path: string;
  line?: number;
  column?: number;
  message: string;
  fix: string;
}

/**
 * Parses YAML or JSON text and validates it with a zod schema. Errors name the source, the path
 * inside it (with line and column for YAML/JSON text), what was expected and how to fix it.
 * @example
 * const policy = parseConfig(text, { schema: policySchema, source: 'policy.yaml' });
 */
export function parseConfig<Schema extends z.ZodType>(text: string, options: ParseConfigOptions<Schema>): z.output<Schema> {
  const code = options.code ?? 'VOUCH_CONFIG_INVALID';
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const position = lineCounter.linePos(first.pos[0]);
    const where = `${options.source}:${position.line}:${position.col}`;
    throw new VouchError(code, `${where}: not valid YAML or JSON: ${first.message.split('\n')[0]}`, {
      file: options.source,
      fix: 'Fix the syntax at that line (indentation, quotes, a missing colon).',
    });
  }
  const value: unknown = document.toJS() ?? {};
  return validateConfig(value, { ...options, code, document, lineCounter });
}

interface ValidateOptions<Schema extends z.ZodType> extends ParseConfigOptions<Schema> {
  document?: Document;
  lineCounter?: LineCounter;
}

/** Validates an already-parsed value; same error shape as parseConfig. */
export function validateConfig<Schema extends z.ZodType>(value: unknown, options: ValidateOptions<Schema>): z.output<Schema> {
  const result = options.schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 10).map((issue) => describeIssue(issue, options));
  const first = problems[0]!;
  const lines = problems.map((problem) => {
    const where = problem.line === undefined ? options.source : `${options.source}:${problem.line}:${problem.column}`;
    return `${where} at ${problem.path}: ${problem.message}. Fix: ${problem.fix}`;
  });
  throw new VouchError(options.code ?? 'VOUCH_CONFIG_INVALID', lines.join('\n'), {
    file: options.source,
    path: first.path,
    fix: first.fix,
  });
}

/** Reads a YAML or JSON file and validates it. */
export function loadConfigFile<Schema extends z.ZodType>(file: string, schema: Schema, code?: ErrorCode): z.output<Schema> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `cannot read ${file}: ${(error as Error).message}`, {
      file,
      fix: 'Check the path; it is resolved from the current directory.',
      cause: error,
    });
  }
  return parseConfig(text, { schema, source: file, ...(code ? { code } : {}) });
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue, options: ValidateOptions<z.ZodType>): ConfigProblem {
  const path = formatPath(issue.path);
  const position = locate(issue.path, options);
  const problem = explain(issue);
  return { path, ...position, ...problem };
}

function explain(issue: z.core.$ZodIssue): { message: string; fix: string } {
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        message: `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`,
        fix: 'Remove or correct the key; check its spelling against the documented schema.',
      };
    case 'invalid_value':
      return {
        message: issue.message,
        fix: `Use one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`,
      };
    case 'invalid_type':
      return { message: issue.message, fix: `Give a value of type ${issue.expected}.` };
    case 'too_small':
    case 'too_big':
      return { message: issue.message, fix: 'Bring the value into the allowed range.' };
    default:
      return { message: issue.message, fix: 'Correct the value as the message describes.' };
  }
}

function locate(path: readonly PropertyKey[], options: ValidateOptions<z.ZodType>): { line?: number; column?: number } {
  const { document, lineCounter } = options;
  if (!document || !lineCounter) return {};
  for (let length = path.length; length >= 0; length -= 1) {
    const node = document.getIn(path.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) {
      const position = lineCounter.linePos(node.range[0]);
      return { line: position.line, column: position.col };
    }
  }
  return {};
}
