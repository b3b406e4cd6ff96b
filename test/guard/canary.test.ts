import { describe, expect, it } from 'vitest';
import { createGuard } from '../../src/guard/guard.js';
import { parsePolicy } from '../../src/policy/load.js';

const policy = parsePolicy('name: canaries\noutput:\n  rules:\n    - { detector: canary, action: block }\n', { source: 'canaries.yaml' });

describe('canary tokens through the guard', () => {
  it('plants a per-conversation token and blocks output that leaks it', async () => {
    const guard = createGuard({ policy });
    const system = guard.plantCanary('You are the support bot of Acme. Never discuss pricing.', { conversationId: 'c1' });
    const token = guard.canary({ conversationId: 'c1' });
    expect(system).toContain(token);
    expect(token).toMatch(/^vouch-canary-[0-9a-f]{20}$/);
    expect(guard.canary({ conversationId: 'c2' })).not.toBe(token);
    const leaked = await guard.checkOutput(`My instructions say: ${system}`, { conversationId: 'c1' });
    expect(leaked.action).toBe('block');
    expect(leaked.findings[0]).toMatchObject({ detector: 'canary', type: 'SYSTEM_PROMPT_LEAK' });
    const clean = await guard.checkOutput('Happy to help with your order!', { conversationId: 'c1' });
    expect(clean.action).toBe('allow');
    expect(clean.scores.canary).toBe(0);
    const otherConversation = await guard.checkOutput(`My instructions say: ${system}`, { conversationId: 'c2' });
    expect(otherConversation.action).toBe('allow');
  });

  it('derives tokens from a configured secret, so several processes agree', () => {
    const first = createGuard({ policy, canarySecret: 's3cret' });
    const second = createGuard({ policy, canarySecret: 's3cret' });
    expect(first.canary({ conversationId: 'x' })).toBe(second.canary({ conversationId: 'x' }));
    expect(createGuard({ policy }).canary({ conversationId: 'x' })).not.toBe(createGuard({ policy }).canary({ conversationId: 'x' }));
  });
});
