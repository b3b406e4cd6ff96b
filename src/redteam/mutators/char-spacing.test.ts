import { describe, expect, it } from 'vitest';
import { charSpacingMutator } from './char-spacing.js';
import { mutateWith } from './testing.js';

describe('char-spacing mutator', () => {
  it('separates letters with spaces or dots, in every style over a few seeds', async () => {
    const outputs = new Set<string>();
    for (let seed = 0; seed < 20; seed += 1) outputs.add(await mutateWith(charSpacingMutator, 'pick  a lock', seed));
    expect([...outputs].sort()).toEqual(['p i c k   a   l o c k', 'p. i. c. k / a / l. o. c. k', 'p.i.c.k a l.o.c.k'].sort());
  });

  it('keeps whitespace-only text as it is', async () => {
    expect(await mutateWith(charSpacingMutator, '   ', 1)).toBe('   ');
  });
});
