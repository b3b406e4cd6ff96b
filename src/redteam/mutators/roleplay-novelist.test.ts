import { describe, it } from 'vitest';
import { roleplayWrapperCases } from './testing.js';
import { roleplayNovelistMutator } from './roleplay-novelist.js';

describe('roleplay-novelist mutator', () => {
  it.each(roleplayWrapperCases(roleplayNovelistMutator))('%s', async (_name, check) => {
    await check(/chapter|ghostwriter|workshop/i);
  });
});
