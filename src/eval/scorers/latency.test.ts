import { describe, expect, it } from 'vitest';
import { latencyScorer } from './latency.js';
import { scoreInput, scoreWith } from './testing.js';

describe('latency', () => {
  it('passes within maxMs with value 1 and fails above with value maxMs/latency', async () => {
    expect(await scoreWith(latencyScorer, { maxMs: 1000 }, scoreInput('x', { latencyMs: 400 }))).toMatchObject({ pass: true, value: 1, reason: 'latency 400 ms ≤ 1000 ms' });
    expect(await scoreWith(latencyScorer, { maxMs: 1000 }, scoreInput('x', { latencyMs: 4000 }))).toMatchObject({ pass: false, value: 0.25 });
  });

  it('requires a positive maxMs', () => {
    expect(latencyScorer.configSchema.safeParse({ maxMs: 0 }).success).toBe(false);
  });
});
