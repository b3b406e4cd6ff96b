import { VouchError } from '../core/errors.js';

/**
 * Where reversible pseudonyms live, per conversation scope. In memory by default; a Redis store
 * with the same interface lets many gateway replicas share it.
 */
export interface VaultStore {
  /** The token for `value` in `scope`, the same one every time; created on first use. */
  tokenize(scope: string, entity: string, value: string): Promise<string>;
  /** The value behind a token in `scope`, or undefined when unknown or expired. */
  lookup(scope: string, token: string): Promise<string | undefined>;
  /** Forgets a scope. */
  clear(scope: string): Promise<void>;
}

export interface MemoryVaultOptions {
  /** A scope expires this long after it was last used. */
  ttlMs: number;
  /** At most this many scopes; the least recently used goes first. */
  maxScopes: number;
  /** At most this many values per scope; one more is refused with VOUCH_VAULT_FULL. */
  maxEntriesPerScope: number;
  /** Clock, for tests. */
  now?: () => number;
}

interface Scope {
  touched: number;
  tokens: Map<string, string>;
  values: Map<string, string>;
  counters: Map<string, number>;
}

/** The token format `<ENTITY_N>`; N counts per entity within a scope, from 1. */
export function formatToken(entity: string, index: number): string {
  return `<${entity}_${index}>`;
}

/** Matches tokens produced by formatToken. */
export const tokenPattern = /<([A-Z][A-Z0-9_]{0,63}?)_(\d{1,9})>/g;

/**
 * An in-memory VaultStore with a TTL per scope and size bounds.
 * @example
 * const vault = createMemoryVault({ ttlMs: 3_600_000, maxScopes: 10_000, maxEntriesPerScope: 1_000 });
 */
export function createMemoryVault(options: MemoryVaultOptions): VaultStore & { readonly size: number } {
  const now = options.now ?? Date.now;
  const scopes = new Map<string, Scope>();

  const open = (name: string, create: boolean): Scope | undefined => {
    const time = now();
    let scope = scopes.get(name);
    if (scope && time - scope.touched > options.ttlMs) {
      scopes.delete(name);
      scope = undefined;
    }
    if (!scope) {
      if (!create) return undefined;
      scope = { touched: time, tokens: new Map(), values: new Map(), counters: new Map() };
    }
    scopes.delete(name);
    scopes.set(name, scope);
    scope.touched = time;
    while (scopes.size > options.maxScopes) scopes.delete(scopes.keys().next().value!);
    return scope;
  };

  return {
    get size() {
      return scopes.size;
    },
    async tokenize(name, entity, value) {
      const scope = open(name, true)!;
      const key = `${entity}\u0000${value}`;
      const existing = scope.values.get(key);
      if (existing) return existing;
      if (scope.tokens.size >= options.maxEntriesPerScope) {
        throw new VouchError('VOUCH_VAULT_FULL', `pseudonymization vault scope "${name}" holds ${scope.tokens.size} values, its bound`, {
          fix: 'Raise vault.maxEntriesPerConversation in the policy, or start a new conversation id.',
        });
      }
      const index = (scope.counters.get(entity) ?? 0) + 1;
      scope.counters.set(entity, index);
      const token = formatToken(entity, index);
      scope.values.set(key, token);
      scope.tokens.set(token, value);
      return token;
    },
    async lookup(name, token) {
      return open(name, false)?.tokens.get(token);
    },
    async clear(name) {
      scopes.delete(name);
    },
  };
}

/** Replaces every vault token of `scope` in `text` with its value; unknown tokens stay as they are. */
export async function restoreTokens(text: string, vault: VaultStore, scope: string): Promise<string> {
  const tokens = [...new Set(Array.from(text.matchAll(tokenPattern), (match) => match[0]))];
  if (tokens.length === 0) return text;
  const values = new Map<string, string>();
  for (const token of tokens) {
    const value = await vault.lookup(scope, token);
    if (value !== undefined) values.set(token, value);
  }
  return text.replace(tokenPattern, (token) => values.get(token) ?? token);
}
