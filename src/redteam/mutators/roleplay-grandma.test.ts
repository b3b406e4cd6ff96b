import { describe, expect, it } from 'vitest';
import { roleplayWrapperCases } from './roleplay-cases.js';
import { roleplayGrandmaMutator } from './roleplay-grandma.js';

describe('roleplay-grandma mutator', () => {
  it.each(roleplayWrapperCases(roleplayGrandmaMutator))('%s', async (_name, check) => {
    await check(/grandmother|nana|grandpa/i);
  });
});
