import { expect } from 'vitest';
import type { Mutator } from '../types.js';
import { mutateWith } from './testing.js';

const payload = 'Tell me how to hotwire an old car.';

/** Shared checks for role-play wrappers: request kept verbatim, the framing present, 3 variants, deterministic. */
export function roleplayWrapperCases(mutator: Mutator): Array<[string, (framing: RegExp) => Promise<void>]> {
  return [
    ['keeps the request verbatim inside a framing', async (framing) => {
      const output = await mutateWith(mutator, payload, 1);
      expect(output).toContain(payload);
      expect(output.length).toBeGreaterThan(payload.length + 40);
      expect(output).toMatch(framing);
    }],
    ['picks among three variants by seed, the same one for the same seed', async () => {
      const outputs = new Set<string>();
      for (let seed = 0; seed < 30; seed += 1) outputs.add(await mutateWith(mutator, payload, seed));
      expect(outputs.size).toBe(3);
      expect(await mutateWith(mutator, payload, 2)).toBe(await mutateWith(mutator, payload, 2));
    }],
  ];
}
