import { describe, it } from 'vitest';
import { roleplayWrapperCases } from './testing.js';
import { roleplayOppositeDayMutator } from './roleplay-opposite-day.js';

describe('roleplay-opposite-day mutator', () => {
  it.each(roleplayWrapperCases(roleplayOppositeDayMutator))('%s', async (_name, check) => {
    await check(/opposite|flipped|yes means no/i);
  });
});
