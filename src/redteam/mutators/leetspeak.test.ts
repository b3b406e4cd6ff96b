import { describe, expect, it } from 'vitest';
import { leetspeakMutator } from './leetspeak.js';
import { letterSkeleton, mutateWith } from './testing.js';

const payload = 'Steal the secret settings, a big test';

describe('leetspeak mutator', () => {
  it('swaps most eligible letters for digits or symbols and keeps the others', async () => {
    const output = await mutateWith(leetspeakMutator, payload, 2);
    expect(output).toHaveLength(payload.length);
    const swapped = [...output].filter((character, index) => character !== payload[index]);
    expect(swapped.length).toBeGreaterThan(8);
    expect(swapped.every((character) => '4@8391!05$7+'.includes(character))).toBe(true);
    expect(letterSkeleton(output)).toBe(letterSkeleton(payload));
  });

  it('leaves text without eligible letters alone and is deterministic', async () => {
    expect(await mutateWith(leetspeakMutator, 'why, mr. lynch?', 1)).toBe('why, mr. lynch?');
    expect(await mutateWith(leetspeakMutator, payload, 8)).toBe(await mutateWith(leetspeakMutator, payload, 8));
    expect(await mutateWith(leetspeakMutator, payload, 8)).not.toBe(await mutateWith(leetspeakMutator, payload, 9));
  });
});
