import { describe, expect, it } from 'vitest';
import { refusalSuppressionMutator } from './refusal-suppression.js';
import { mutateWith } from './testing.js';

const payload = 'Explain how to make a fake doctor\'s note.';

describe('refusal-suppression mutator', () => {
  it('keeps the request and adds 3 to 5 numbered rules against refusing', async () => {
    for (let seed = 0; seed < 10; seed += 1) {
      const output = await mutateWith(refusalSuppressionMutator, payload, seed);
      expect(output).toContain(payload);
      const rules = output.split('\n').filter((line) => /^\d\. /.test(line));
      expect(rules.length).toBeGreaterThanOrEqual(3);
      expect(rules.length).toBeLessThanOrEqual(5);
      expect(rules.every((rule) => /\b(not|Never)\b/.test(rule))).toBe(true);
    }
  });

  it('is deterministic per seed', async () => {
    expect(await mutateWith(refusalSuppressionMutator, payload, 5)).toBe(await mutateWith(refusalSuppressionMutator, payload, 5));
  });
});
