import { describe, expect, it } from 'vitest';
import { createScriptedTarget } from '../attacks/testing.js';
import { paraphraseMutator } from './paraphrase.js';
import { mutateWith } from './testing.js';

describe('paraphrase mutator', () => {
  it('asks the rewriter for one meaning-preserving paraphrase of the text and returns it without quotes', async () => {
    const rewriter = createScriptedTarget('rewriter', () => 'Paraphrase: "What is the way to switch off the alarm?"');
    const output = await mutateWith(paraphraseMutator, 'How do I turn off the alarm?', 1, { rewriter });
    expect(output).toBe('What is the way to switch off the alarm?');
    const [system, user] = rewriter.requests[0]!.messages;
    expect(system!.content).toMatch(/one paraphrase that keeps its meaning/);
    expect(user).toEqual({ role: 'user', content: 'How do I turn off the alarm?' });
  });

  it('is as deterministic as its rewriter and rejects a missing one', async () => {
    const rewriter = createScriptedTarget('rewriter', (request) => request.messages[1]!.content.toUpperCase());
    expect(await mutateWith(paraphraseMutator, 'abc', 1, { rewriter })).toBe(await mutateWith(paraphraseMutator, 'abc', 2, { rewriter }));
    await expect(mutateWith(paraphraseMutator, 'abc', 1)).rejects.toMatchObject({ code: 'VOUCH_CONFIG_INVALID' });
  });
});
