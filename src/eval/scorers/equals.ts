import { z } from 'zod';
import { configError, defineScorer, preview, scoreResult } from './define.js';
import { expandVars } from './vars.js';

const configSchema = z
  .object({
    value: z.string().optional().describe('The expected output; defaults to the case\'s `expected`. May use {{var}} placeholders.'),
    ignoreCase: z.boolean().default(false),
    trim: z.boolean().default(true).describe('Compare without leading and trailing whitespace.'),
  })
  .strict();

/** Passes when the output equals the expected text (optionally ignoring case, trimmed by default). */
export const equalsScorer = defineScorer({
  id: 'equals',
  description: 'The output equals the expected text (trimmed by default, optionally ignoring case).',
  configSchema,
  create: (config) => (input) => {
    const raw = config.value === undefined ? input.case.expected : expandVars(config.value, input.case.vars, `equals.value in case "${input.case.id}"`);
    if (raw === undefined) throw configError('value', `equals: case "${input.case.id}" has no \`expected\` and the scorer no \`value\``, 'Give the case an `expected` answer or the scorer a `value`.');
    const normalize = (text: string): string => {
      const trimmed = config.trim ? text.trim() : text;
      return config.ignoreCase ? trimmed.toLowerCase() : trimmed;
    };
    const pass = normalize(input.output) === normalize(raw);
    const reason = pass ? `output equals ${preview(raw)}` : `expected ${preview(raw)}, got ${preview(input.output)}`;
    return scoreResult('equals', pass, reason);
  },
});
