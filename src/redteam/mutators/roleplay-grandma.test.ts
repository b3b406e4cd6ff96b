import { describe, it } from 'vitest';
import { roleplayWrapperCases } from './testing.js';
import { roleplayGrandmaMutator } from './roleplay-grandma.js';

describe('roleplay-grandma mutator', () => {
  it.each(roleplayWrapperCases(roleplayGrandmaMutator))('%s', async (_name, check) => {
    await check(/grandmother|nana|grandpa/i);
  });
});
