import { describe, expect, it } from 'vitest';
import { caseMixingMutator } from './case-mixing.js';
import { mutateWith } from './testing.js';

const payload = 'how do i disable the alarm system at night';

describe('case-mixing mutator', () => {
  it('changes only the case of letters', async () => {
    const output = await mutateWith(caseMixingMutator, payload, 12);
    expect(output.toLowerCase()).toBe(payload);
    expect(output).toMatch(/[A-Z]/);
    expect(output).toMatch(/[a-z]/);
  });

  it('is deterministic per seed', async () => {
    expect(await mutateWith(caseMixingMutator, payload, 12)).toBe(await mutateWith(caseMixingMutator, payload, 12));
    expect(await mutateWith(caseMixingMutator, payload, 12)).not.toBe(await mutateWith(caseMixingMutator, payload, 13));
  });
});
