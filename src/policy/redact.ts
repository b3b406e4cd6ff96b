import { hmacSha256 } from '../core/hash.js';
import { VouchError } from '../core/errors.js';
import type { RedactionOperator } from './schema.js';
import { formatToken, type VaultStore } from './vault.js';

/** A span of the original text to replace, and how. */
export interface Redaction {
  start: number;
  end: number;
  entity: string;
  operator: RedactionOperator;
  keepLast: number;
}

export interface RedactOptions {
  /** Key for the hmac operator. */
  hmacKey?: string;
  /** Vault and scope for the pseudonymize operator. */
  vault?: VaultStore;
  scope?: string;
}

/**
 * Applies redactions to `text`. Overlapping spans merge into one (the first entity named wins);
 * equal values of one entity get equal placeholders within the text.
 */
export async function applyRedactions(text: string, redactions: readonly Redaction[], options: RedactOptions = {}): Promise<string> {
  if (redactions.length === 0) return text;
  const merged = mergeSpans(redactions);
  const state: ReplaceState = { options, placeholders: new Map(), counters: new Map() };
  const parts: string[] = [];
  let cursor = 0;
  for (const redaction of merged) {
    parts.push(text.slice(cursor, redaction.start));
    const value = text.slice(redaction.start, redaction.end);
    // Only the vault is asynchronous; the other operators stay off the microtask queue.
    parts.push(redaction.operator === 'pseudonymize' ? await pseudonym(value, redaction, options) : replacement(value, redaction, state));
    cursor = redaction.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

function pseudonym(value: string, redaction: Redaction, options: RedactOptions): Promise<string> {
  if (!options.vault || options.scope === undefined) {
    throw new VouchError('VOUCH_CONFIG_INVALID', 'the pseudonymize operator needs a vault and a conversation scope');
  }
  return options.vault.tokenize(options.scope, redaction.entity, value);
}

interface ReplaceState {
  options: RedactOptions;
  placeholders: Map<string, string>;
  counters: Map<string, number>;
}

function replacement(value: string, redaction: Redaction, state: ReplaceState): string {
  switch (redaction.operator) {
    case 'mask':
      return mask(value, redaction.keepLast);
    case 'hmac':
      if (!state.options.hmacKey) {
        throw new VouchError('VOUCH_CONFIG_INVALID', 'the hmac redaction operator needs a key', {
          fix: 'Pass `hmacKey` to createGuard, or set VOUCH_HMAC_KEY for the CLI and server.',
        });
      }
      return `<${redaction.entity}:${hmacSha256(state.options.hmacKey, `${redaction.entity}:${value}`).slice(0, 16)}>`;
    case 'pseudonymize':
      throw new VouchError('VOUCH_INTERNAL', 'pseudonymize is applied through the vault');
    case 'placeholder': {
      const key = `${redaction.entity}\u0000${value}`;
      let token = state.placeholders.get(key);
      if (!token) {
        const index = (state.counters.get(redaction.entity) ?? 0) + 1;
        state.counters.set(redaction.entity, index);
        token = formatToken(redaction.entity, index);
        state.placeholders.set(key, token);
      }
      return token;
    }
  }
}

/** Replaces letters and digits with `*`, keeping the last `keepLast` of them and all separators. */
export function mask(value: string, keepLast: number): string {
  const characters = Array.from(value);
  let visible = keepLast;
  for (let index = characters.length - 1; index >= 0; index -= 1) {
    if (!/[\p{L}\p{N}]/u.test(characters[index]!)) continue;
    if (visible > 0) visible -= 1;
    else characters[index] = '*';
  }
  return characters.join('');
}

function mergeSpans(redactions: readonly Redaction[]): Redaction[] {
  const sorted = [...redactions].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Redaction[] = [];
  for (const redaction of sorted) {
    const last = merged[merged.length - 1];
    if (last && redaction.start < last.end) {
      last.end = Math.max(last.end, redaction.end);
      if (redaction.operator !== last.operator) last.operator = 'placeholder';
    } else {
      merged.push({ ...redaction });
    }
  }
  return merged;
}
