import { z } from 'zod';
import { defineScorer, round, scoreResult } from './define.js';

const configSchema = z.object({ maxMs: z.number().positive().describe('Highest acceptable latency in milliseconds.') }).strict();

/** Passes when the target answered within `maxMs`; value = min(1, maxMs / latency). */
export const latencyScorer = defineScorer({
  id: 'latency',
  description: 'The target answered within maxMs milliseconds.',
  configSchema,
  create: (config) => (input) => {
    const latency = Math.max(0, input.latencyMs);
    const pass = latency <= config.maxMs;
    const value = latency === 0 ? 1 : Math.min(1, config.maxMs / latency);
    return scoreResult('latency', pass, `latency ${round(latency, 1)} ms ${pass ? '≤' : '>'} ${config.maxMs} ms`, { value });
  },
});
