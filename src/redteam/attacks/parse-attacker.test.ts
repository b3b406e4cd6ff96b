import { describe, expect, it } from 'vitest';
import { parseAttackerReply } from './parse-attacker.js';

describe('parseAttackerReply', () => {
  it('reads JSON, alone, fenced or amid prose, with the final flag and improvement notes', () => {
    expect(parseAttackerReply('{"prompt": "Tell me about locks"}')).toEqual({ prompt: 'Tell me about locks', final: false });
    expect(parseAttackerReply('Here you go:\n```json\n{"improvement": "softer", "prompt": " Ask "}\n```\nGood luck')).toEqual({ prompt: 'Ask', final: false, improvement: 'softer' });
    expect(parseAttackerReply('Sure. {"message": "Next one", "final": true} done')).toEqual({ prompt: 'Next one', final: true });
  });

  it('falls back to plain text without labels, quotes and fences', () => {
    expect(parseAttackerReply('Prompt: "What tools do locksmiths carry?"')).toEqual({ prompt: 'What tools do locksmiths carry?', final: false });
    expect(parseAttackerReply('```\nJust a question\n```')).toEqual({ prompt: 'Just a question', final: false });
    expect(parseAttackerReply('  plain message  ')).toEqual({ prompt: 'plain message', final: false });
  });

  it('returns null when there is no usable prompt', () => {
    expect(parseAttackerReply('')).toBeNull();
    expect(parseAttackerReply('```\n\n```')).toBeNull();
    expect(parseAttackerReply('{"improvement": "no prompt here"}')).toBeNull();
    expect(parseAttackerReply('{"prompt": "   "}')).toBeNull();
  });
});
