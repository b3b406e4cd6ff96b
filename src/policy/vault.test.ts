import { describe, expect, it } from 'vitest';
import { createMemoryVault, restoreTokens } from './vault.js';

function vaultWithClock(options: { ttlMs?: number; maxScopes?: number; maxEntriesPerScope?: number } = {}) {
  let time = 0;
  const vault = createMemoryVault({ ttlMs: options.ttlMs ?? 1000, maxScopes: options.maxScopes ?? 10, maxEntriesPerScope: options.maxEntriesPerScope ?? 10, now: () => time });
  return { vault, advance: (ms: number) => (time += ms) };
}

describe('createMemoryVault', () => {
  it('gives the same token to the same value and counts per entity', async () => {
    const { vault } = vaultWithClock();
    expect(await vault.tokenize('c1', 'EMAIL_ADDRESS', 'a@x.org')).toBe('<EMAIL_ADDRESS_1>');
    expect(await vault.tokenize('c1', 'EMAIL_ADDRESS', 'b@x.org')).toBe('<EMAIL_ADDRESS_2>');
    expect(await vault.tokenize('c1', 'PHONE_NUMBER', '+1 202 555 0100')).toBe('<PHONE_NUMBER_1>');
    expect(await vault.tokenize('c1', 'EMAIL_ADDRESS', 'a@x.org')).toBe('<EMAIL_ADDRESS_1>');
    expect(await vault.lookup('c1', '<EMAIL_ADDRESS_2>')).toBe('b@x.org');
  });

  it('keeps scopes apart', async () => {
    const { vault } = vaultWithClock();
    await vault.tokenize('c1', 'EMAIL_ADDRESS', 'a@x.org');
    expect(await vault.lookup('c2', '<EMAIL_ADDRESS_1>')).toBeUndefined();
    expect(await vault.tokenize('c2', 'EMAIL_ADDRESS', 'z@x.org')).toBe('<EMAIL_ADDRESS_1>');
  });

  it('expires a scope after its TTL since last use', async () => {
    const { vault, advance } = vaultWithClock({ ttlMs: 1000 });
    await vault.tokenize('c1', 'EMAIL_ADDRESS', 'a@x.org');
    advance(900);
    expect(await vault.lookup('c1', '<EMAIL_ADDRESS_1>')).toBe('a@x.org');
    advance(900);
    expect(await vault.lookup('c1', '<EMAIL_ADDRESS_1>')).toBe('a@x.org');
    advance(1001);
    expect(await vault.lookup('c1', '<EMAIL_ADDRESS_1>')).toBeUndefined();
    expect(vault.size).toBe(0);
  });

  it('evicts the least recently used scope past maxScopes', async () => {
    const { vault } = vaultWithClock({ maxScopes: 2 });
    await vault.tokenize('a', 'X', '1');
    await vault.tokenize('b', 'X', '2');
    await vault.lookup('a', '<X_1>');
    await vault.tokenize('c', 'X', '3');
    expect(vault.size).toBe(2);
    expect(await vault.lookup('b', '<X_1>')).toBeUndefined();
    expect(await vault.lookup('a', '<X_1>')).toBe('1');
  });

  it('refuses a value past maxEntriesPerScope instead of dropping one', async () => {
    const { vault } = vaultWithClock({ maxEntriesPerScope: 2 });
    await vault.tokenize('c', 'X', '1');
    await vault.tokenize('c', 'X', '2');
    await expect(vault.tokenize('c', 'X', '3')).rejects.toMatchObject({ code: 'VOUCH_VAULT_FULL' });
    expect(await vault.tokenize('c', 'X', '1')).toBe('<X_1>');
  });

  it('restores known tokens and leaves unknown ones', async () => {
    const { vault } = vaultWithClock();
    await vault.tokenize('c', 'PERSON', 'Ana Souza');
    expect(await restoreTokens('Dear <PERSON_1>, re <PERSON_2>.', vault, 'c')).toBe('Dear Ana Souza, re <PERSON_2>.');
    await vault.clear('c');
    expect(await restoreTokens('<PERSON_1>', vault, 'c')).toBe('<PERSON_1>');
  });
});
