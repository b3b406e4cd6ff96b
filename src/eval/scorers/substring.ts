import { z } from 'zod';
import type { ScoreFunction, ScoreInput } from '../types.js';
import { defineScorer, preview, scoreResult } from './define.js';
import { expandVars } from './vars.js';

const valueSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe('Text (or texts) to look for; may use {{var}} placeholders.');

interface SubstringOptions {
  id: string;
  description: string;
  /** True: pass when none of the values appears; false: pass when all of them appear. */
  negate: boolean;
  /** Fixed case-insensitivity (icontains); undefined: an `ignoreCase` setting, default false. */
  ignoreCase?: true;
}

function scoreSubstrings(options: SubstringOptions, values: readonly string[], ignoreCase: boolean): ScoreFunction {
  return (input: ScoreInput) => {
    const where = `${options.id}.value in case "${input.case.id}"`;
    const wanted = values.map((value) => expandVars(value, input.case.vars, where));
    const haystack = ignoreCase ? input.output.toLowerCase() : input.output;
    const found = wanted.filter((value) => haystack.includes(ignoreCase ? value.toLowerCase() : value));
    const missing = wanted.filter((value) => !found.includes(value));
    const caseNote = ignoreCase ? ' (ignoring case)' : '';
    if (options.negate) {
      const pass = found.length === 0;
      const reason = pass ? `output contains none of ${wanted.map((value) => preview(value, 40)).join(', ')}${caseNote}` : `output contains ${found.map((value) => preview(value, 40)).join(', ')}${caseNote}`;
      return scoreResult(options.id, pass, reason, { value: 1 - found.length / wanted.length });
    }
    const pass = missing.length === 0;
    const reason = pass ? `output contains ${wanted.map((value) => preview(value, 40)).join(', ')}${caseNote}` : `output lacks ${missing.map((value) => preview(value, 40)).join(', ')}${caseNote}`;
    return scoreResult(options.id, pass, reason, { value: found.length / wanted.length });
  };
}

/** Builds one of the substring scorers (contains, not-contains, icontains, not-icontains). */
export function createSubstringScorer(options: SubstringOptions) {
  if (options.ignoreCase) {
    const configSchema = z.object({ value: valueSchema }).strict();
    return defineScorer({ id: options.id, description: options.description, configSchema, create: (config) => scoreSubstrings(options, [config.value].flat(), true) });
  }
  const configSchema = z.object({ value: valueSchema, ignoreCase: z.boolean().default(false) }).strict();
  return defineScorer({ id: options.id, description: options.description, configSchema, create: (config) => scoreSubstrings(options, [config.value].flat(), config.ignoreCase) });
}
