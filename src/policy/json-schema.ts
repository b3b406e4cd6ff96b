import { z } from 'zod';
import { policyFileSchema } from './schema.js';

/** JSON Schema (draft 2020-12) of the policy file format, generated from its zod schema. */
export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(policyFileSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Vouch policy',
  };
}
