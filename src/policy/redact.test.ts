import { describe, expect, it } from 'vitest';
import { applyRedactions, mask, type Redaction } from './redact.js';
import { createMemoryVault } from './vault.js';

const span = (text: string, value: string, entity: string, operator: Redaction['operator'] = 'placeholder'): Redaction => {
  const start = text.indexOf(value);
  return { start, end: start + value.length, entity, operator, keepLast: 4 };
};

describe('applyRedactions', () => {
  const text = 'mail a@x.org or b@x.org, again a@x.org';

  it('numbers placeholders per distinct value', async () => {
    const redactions = [span(text, 'a@x.org', 'EMAIL_ADDRESS'), span(text, 'b@x.org', 'EMAIL_ADDRESS'), { ...span(text, 'a@x.org', 'EMAIL_ADDRESS'), start: text.lastIndexOf('a@x.org'), end: text.length }];
    expect(await applyRedactions(text, redactions)).toBe('mail <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2>, again <EMAIL_ADDRESS_1>');
  });

  it('masks letters and digits but keeps separators and the last N', async () => {
    expect(mask('4111 1111 1111 1234', 4)).toBe('**** **** **** 1234');
    expect(mask('ab', 4)).toBe('ab');
    const card = 'card 4111-1111-1111-1234 ok';
    expect(await applyRedactions(card, [span(card, '4111-1111-1111-1234', 'CREDIT_CARD', 'mask')])).toBe('card ****-****-****-1234 ok');
  });

  it('hashes with a key, stably, and needs the key', async () => {
    const redaction = [span(text, 'a@x.org', 'EMAIL_ADDRESS', 'hmac')];
    const first = await applyRedactions(text, redaction, { hmacKey: 'k1' });
    expect(first).toMatch(/^mail <EMAIL_ADDRESS:[0-9a-f]{16}> or/);
    expect(await applyRedactions(text, redaction, { hmacKey: 'k1' })).toBe(first);
    expect(await applyRedactions(text, redaction, { hmacKey: 'k2' })).not.toBe(first);
    await expect(applyRedactions(text, redaction)).rejects.toMatchObject({ code: 'VOUCH_CONFIG_INVALID' });
  });

  it('pseudonymizes through the vault so tokens persist across calls', async () => {
    const vault = createMemoryVault({ ttlMs: 60_000, maxScopes: 10, maxEntriesPerScope: 10 });
    const first = await applyRedactions(text, [span(text, 'b@x.org', 'EMAIL_ADDRESS', 'pseudonymize')], { vault, scope: 's' });
    expect(first).toBe('mail a@x.org or <EMAIL_ADDRESS_1>, again a@x.org');
    const next = 'now a@x.org and b@x.org';
    const second = await applyRedactions(next, [span(next, 'a@x.org', 'EMAIL_ADDRESS', 'pseudonymize'), span(next, 'b@x.org', 'EMAIL_ADDRESS', 'pseudonymize')], { vault, scope: 's' });
    expect(second).toBe('now <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>');
  });

  it('merges overlapping spans into one replacement', async () => {
    const value = 'key=abcd1234efgh';
    const redactions: Redaction[] = [
      { start: 4, end: 16, entity: 'GENERIC_API_KEY', operator: 'placeholder', keepLast: 4 },
      { start: 0, end: 8, entity: 'OTHER', operator: 'placeholder', keepLast: 4 },
    ];
    expect(await applyRedactions(value, redactions)).toBe('<OTHER_1>');
  });
});
