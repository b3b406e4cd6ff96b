import type { SecretCandidate } from './define-secret-rule.js';
import { splitWords } from './filters.js';

/**
 * Builds patterns for secrets that are only recognizable by the name they are assigned to
 * (`DD_API_KEY=…`, `"heroku_api_key": "…"`, `Datadog api key: …`, `the storage account key is …`),
 * in env, YAML, JSON, INI, code and prose.
 */

/**
 * Closing quote or bracket, then `=`, `:`, `=>`, `:=` or a spaced "is" / "was", with spacing, then
 * an optional opening quote.
 */
export const assignmentOperator = String.raw`["'\]]{0,2}[ \t]{0,4}(?:=>|:=|=(?![=~])|:(?![:/])|(?<=[ \t])(?:is|was)(?=[ \t]))[ \t]{0,4}["'\x60]?`;

/** Characters that may not directly follow a keyed value, so a longer run is not cut short. */
const valueEnd = String.raw`(?![A-Za-z0-9+/_\-])`;

/**
 * A case-insensitive pattern for `<key><rest of the name> <operator> <value>`: group 1 is the rest
 * of the key name (for `namesMetadata`), group 2 the value. `key` and `value` have no capturing
 * groups; a `_?` in `key` also accepts a space or a dash ("aws secret access key", "dd-api-key").
 */
export function keyedValuePattern(key: string, value: string): RegExp {
  const spacedKey = key.replaceAll('_?', '[_ -]?');
  return new RegExp(`(?:${spacedKey})([A-Za-z0-9_. \\-]{0,24})${assignmentOperator}(${value})${valueEnd}`, 'gi');
}

/** Key-name words that mean the value describes a secret rather than being one ("token_url", "APP_ID"). */
export const metadataWords: ReadonlySet<string> = new Set([
  'id', 'ids', 'name', 'names', 'type', 'types', 'kind', 'url', 'uri', 'endpoint', 'path', 'file', 'dir', 'length', 'len', 'size', 'count',
  'limit', 'limits', 'max', 'min', 'ttl', 'expiry', 'expires', 'expiration', 'exp', 'timeout', 'header', 'prefix', 'suffix', 'format', 'version',
  'ref', 'arn', 'hash', 'hashed', 'digest', 'salt', 'usage', 'budget', 'label', 'field', 'param', 'location', 'env', 'var', 'enabled', 'required',
  'hint', 'regex', 'pattern', 'policy', 'rotation', 'created', 'updated', 'index', 'manager', 'store', 'provider', 'source', 'mode', 'strategy',
  'reset', 'changed', 'prompt', 'rule', 'rules', 'strength', 'validator', 'encoder', 'input', 'placeholder', 'text', 'email', 'issuer', 'audience',
  'lifetime', 'validity', 'schema', 'class', 'bucket', 'region', 'command', 'cmd', 'flag', 'option', 'selector', 'site', 'host', 'user', 'username',
]);

/** True when the rest of a key name holds a metadata word: `HEROKU_APP_ID`, `token_url`, `passwordHash`. */
export function namesMetadata(restOfKey: string | undefined): boolean {
  return splitWords(restOfKey ?? '').some((word) => metadataWords.has(word));
}

/** Validator for `keyedValuePattern` rules: keeps the candidate unless its key name is metadata. */
export function keyNamesASecret({ match }: SecretCandidate): boolean {
  return !namesMetadata(match[1]);
}

/** Case variants of each word (as written, lower, UPPER, Capitalized), for literal triggers. */
export function caseVariants(...words: string[]): string[] {
  const variants = words.flatMap((word) => [word, word.toLowerCase(), word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1).toLowerCase()]);
  return [...new Set(variants)];
}
