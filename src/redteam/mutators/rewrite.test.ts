import { describe, expect, it } from 'vitest';
import { createRandom } from '../../core/random.js';
import { createScriptedTarget } from '../attacks/testing.js';
import { askRewriter, cleanRewrite } from './rewrite.js';

describe('cleanRewrite', () => {
  it('strips fences, labels and surrounding quotes, nested ones too', () => {
    expect(cleanRewrite('```text\nBonjour le monde\n```')).toBe('Bonjour le monde');
    expect(cleanRewrite('Translation: « Bonjour »')).toBe('Bonjour');
    expect(cleanRewrite('  "“Hola”"  ')).toBe('Hola');
    expect(cleanRewrite('He said "hi" to me')).toBe('He said "hi" to me');
  });
});

describe('askRewriter', () => {
  it('sends the instruction as system and the text as user, at temperature 0', async () => {
    const rewriter = createScriptedTarget('rw', () => '"done"');
    expect(await askRewriter('paraphrase', 'Do it.', 'the text', { random: createRandom(1), rewriter })).toBe('done');
    expect(rewriter.requests).toEqual([{ messages: [{ role: 'system', content: 'Do it.' }, { role: 'user', content: 'the text' }], temperature: 0 }]);
  });

  it('fails with a config error without a rewriter and a target error on an empty answer', async () => {
    await expect(askRewriter('translation', 'x', 'y', { random: createRandom(1) })).rejects.toMatchObject({ code: 'VOUCH_CONFIG_INVALID' });
    const silent = createScriptedTarget('silent', () => ' "" ');
    await expect(askRewriter('translation', 'x', 'y', { random: createRandom(1), rewriter: silent })).rejects.toMatchObject({ code: 'VOUCH_TARGET_FAILED' });
  });
});
