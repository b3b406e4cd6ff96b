import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { z } from 'zod';
import { configError, defineScorer, scoreResult } from './define.js';

const configSchema = z
  .object({
    schema: z.record(z.string(), z.unknown()).optional().describe('A JSON Schema the output must satisfy.'),
    schemaFile: z.string().min(1).optional().describe('A JSON or YAML file holding the schema, relative to the suite file.'),
  })
  .strict();

function loadSchema(config: z.output<typeof configSchema>, cwd: string): Record<string, unknown> {
  if ((config.schema === undefined) === (config.schemaFile === undefined)) {
    throw configError('schema', 'json-schema: give exactly one of `schema` and `schemaFile`', 'Write the schema inline under `schema`, or point `schemaFile` at a file.');
  }
  if (config.schema) return config.schema;
  const path = resolve(cwd, config.schemaFile!);
  let value: unknown;
  try {
    value = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw configError('schemaFile', `json-schema.schemaFile: cannot read ${path}: ${(error as Error).message}`, 'Check the path (relative to the suite file) and that it holds JSON or YAML.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw configError('schemaFile', `json-schema.schemaFile: ${path} does not hold a schema object`, 'The file must contain one JSON Schema object.');
  return value as Record<string, unknown>;
}

function compile(schema: Record<string, unknown>): ValidateFunction {
  // `format` keywords are accepted but not checked: no format plugin is bundled.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false });
  try {
    return ajv.compile(schema);
  } catch (error) {
    throw configError('schema', `json-schema.schema: not a valid JSON Schema: ${(error as Error).message}`, 'Fix the schema (draft-07 or 2019-09 keywords).');
  }
}

/**
 * The JSON in an output: the content of a ```json (or bare ```) fenced block when there is one,
 * else the whole output; `undefined` with the parse error when it does not parse.
 */
export function readJsonOutput(output: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  const fenced = /```(?:json)?[ \t]*\r?\n([\s\S]*?)```/i.exec(output);
  const text = (fenced ? fenced[1]! : output).trim();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
}

function describeErrors(errors: readonly ErrorObject[]): string {
  const shown = errors.slice(0, 3).map((error) => `${error.instancePath === '' ? '/' : error.instancePath} ${error.message ?? 'is invalid'}`);
  return `${shown.join('; ')}${errors.length > 3 ? ` (+${errors.length - 3} more)` : ''}`;
}

/** Passes when the output (or its ```json block) parses as JSON and validates against the schema. */
export const jsonSchemaScorer = defineScorer({
  id: 'json-schema',
  description: 'The output parses as JSON (a ```json block is accepted) and validates against a JSON Schema.',
  configSchema,
  create(config, context) {
    const validate = compile(loadSchema(config, context.cwd));
    return (input) => {
      const read = readJsonOutput(input.output);
      if (!read.ok) return scoreResult('json-schema', false, `output is not JSON: ${read.problem}`);
      if (validate(read.value)) return scoreResult('json-schema', true, 'output is JSON that satisfies the schema');
      const errors = validate.errors ?? [];
      return scoreResult('json-schema', false, `output JSON does not satisfy the schema: ${describeErrors(errors)}`, {
        details: { errors: errors.slice(0, 10).map((error) => ({ path: error.instancePath, message: error.message })) },
      });
    };
  },
});
