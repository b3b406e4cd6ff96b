import { z } from 'zod';
import { suiteSchema } from './schema.js';

/** JSON Schema (draft 2020-12) of the suite file format, generated from its zod schema, for editors. */
export function suiteJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(suiteSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Vouch evaluation suite',
  };
}
