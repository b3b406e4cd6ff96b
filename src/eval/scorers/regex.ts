import { z } from 'zod';
import { configError, defineScorer, preview, scoreResult } from './define.js';
import { escapeRegExp, expandVars } from './vars.js';

const configSchema = z
  .object({
    pattern: z.string().min(1).describe('A JavaScript regular expression; {{var}} placeholders insert the value literally (escaped).'),
    flags: z.string().regex(/^[dimsuv]*$/, 'flags may be d, i, m, s, u, v (g and y do not apply to a single test)').default(''),
    negate: z.boolean().default(false).describe('Pass when the pattern does NOT match.'),
  })
  .strict();

function compile(pattern: string, flags: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    throw configError('pattern', `regex.pattern: invalid regular expression: ${(error as Error).message}`, 'Fix the pattern (remember to escape backslashes in YAML double-quoted strings).');
  }
}

/** Passes when the output matches the pattern (or does not, with `negate`). */
export const regexScorer = defineScorer({
  id: 'regex',
  description: 'The output matches a regular expression (or does not, with negate).',
  configSchema,
  create(config) {
    const fixed = config.pattern.includes('{{') ? undefined : compile(config.pattern, config.flags);
    return (input) => {
      const pattern = fixed ?? compile(expandVars(config.pattern, input.case.vars, `regex.pattern in case "${input.case.id}"`, { escape: escapeRegExp }), config.flags);
      const match = pattern.exec(input.output);
      const shown = `/${pattern.source}/${pattern.flags}`;
      const pass = (match !== null) !== config.negate;
      const found = match === null ? `${shown} did not match` : `${shown} matched ${preview(match[0], 40)} at ${match.index}`;
      const reason = config.negate ? `${found}; expected no match` : `${found}; expected a match`;
      return scoreResult('regex', pass, reason, match === null ? {} : { details: { matchIndex: match.index } });
    };
  },
});
