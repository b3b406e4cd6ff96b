import { z } from 'zod';
import { configError, defineScorer, preview, round, scoreResult } from './define.js';
import { rougeL, tokenF1, tokenize } from './tokens.js';
import { expandVars } from './vars.js';

const metrics = { 'token-f1': tokenF1, 'rouge-l': rougeL } as const;

const configSchema = z
  .object({
    metric: z.enum(['token-f1', 'rouge-l']).default('token-f1'),
    value: z.string().optional().describe('The reference text; defaults to the case\'s `expected`. May use {{var}} placeholders.'),
    threshold: z.number().min(0).max(1).default(0.5).describe('Pass when the similarity is at least this.'),
  })
  .strict();

/** Passes when the output's word overlap with the reference (token F1 or ROUGE-L) reaches `threshold`; value = the similarity. */
export const similarityScorer = defineScorer({
  id: 'similarity',
  description: 'Word overlap with the expected text (token F1 or ROUGE-L) of at least a threshold.',
  configSchema,
  create: (config) => (input) => {
    const reference = config.value === undefined ? input.case.expected : expandVars(config.value, input.case.vars, `similarity.value in case "${input.case.id}"`);
    if (reference === undefined) throw configError('value', `similarity: case "${input.case.id}" has no \`expected\` and the scorer no \`value\``, 'Give the case an `expected` answer or the scorer a `value`.');
    const similarity = metrics[config.metric](tokenize(input.output), tokenize(reference));
    const pass = similarity >= config.threshold;
    const reason = `${config.metric} ${round(similarity)} ${pass ? '≥' : '<'} ${config.threshold} against ${preview(reference, 40)}`;
    return scoreResult('similarity', pass, reason, { value: similarity });
  },
});
