import { describe, it } from 'vitest';
import { roleplayWrapperCases } from './testing.js';
import { roleplayDeveloperModeMutator } from './roleplay-developer-mode.js';

describe('roleplay-developer-mode mutator', () => {
  it.each(roleplayWrapperCases(roleplayDeveloperModeMutator))('%s', async (_name, check) => {
    await check(/filter|debug|content layer/i);
  });
});
