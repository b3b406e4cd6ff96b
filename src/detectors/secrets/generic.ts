import { namesMetadata } from './assignment.js';
import { defineSecretRule, type SecretCandidate, type SecretRecognizer, type SecretVerdict } from './define-secret-rule.js';
import {
  characterClasses,
  hasPlaceholderWord,
  isCodeReference,
  isHexDigest,
  isPasswordHash,
  isUuid,
  shannonEntropy,
} from './filters.js';
import type { KnownSecretCheck } from './known-secret.js';

/** `=`, `:`, `=>` or `:=`, spaced as in env files, YAML, JSON and code. */
const codeOperator = String.raw`["'\]]{0,2}[ \t]{0,4}(?:=>|:=|=(?![=~>])|:(?![:/=]))[ \t]{0,4}`;
/** Prose: "password is X", "API key was X", "the API key for the vendor portal is X". */
const isOperator = String.raw`(?:[ \t]{1,3}(?:for|of)[ \t][^\r\n.:=,;]{1,40}?)?[ \t]{1,3}(?:is|was)[ \t]{1,3}`;
/** Prose with no verb: "Temporary password X, please change it." */
const spaceOperator = String.raw`[ \t]{1,3}`;

/**
 * `<key><rest of name>`, an operator (group 3), then a "…", '…', `…` or bare value (groups 4–7).
 * A bare value ends before a delimiter, and a sentence's final period is not part of it.
 */
function assignment(keys: string, operators: readonly string[], maxLength: number): RegExp {
  const quoted = String.raw`"([^"\\\r\n]{1,${maxLength}})"|'([^'\\\r\n]{1,${maxLength}})'|\x60([^\x60\\\r\n]{1,${maxLength}})\x60`;
  const bare = String.raw`([^\s"'\x60,;<>(){}\[\]]{0,${maxLength - 1}}[^\s"'\x60,;<>(){}\[\].])(?=\.?(?:[\s,;"'\x60)}\]>]|$))`;
  return new RegExp(String.raw`(${keys})([A-Za-z0-9_.\-]{0,24})(${operators.join('|')})(?:${quoted}|${bare})`, 'i');
}

const valueGroups = [4, 5, 6, 7] as const;

/** True when the value was introduced by prose ("is", or a bare space) rather than `=` or `:`. */
function isProse(match: RegExpExecArray): boolean {
  return !/[=:]/.test(match[3] ?? '');
}

/** Prose values must look generated: letters with digits, or three character classes. */
function looksGenerated(value: string): boolean {
  return (/[A-Za-z]/.test(value) && /[0-9]/.test(value)) || characterClasses(value) >= 3;
}

/**
 * Drops candidates whose key is a longer word ("tokenizer", "passenger", "bypass") or names
 * metadata ("token_url", "passwordHash"); a short keyword may follow a camelCase boundary ("smtpPass").
 */
function keywordNamesASecret(match: RegExpExecArray): boolean {
  const keyword = match[1] ?? '';
  const rest = match[2] ?? '';
  if (/^[a-z]/.test(rest)) return false;
  if (/^(?:pass|pwd|pswd)$/i.test(keyword)) {
    if (/^[A-Za-z]/.test(rest)) return false;
    const before = match.input[match.index - 1] ?? ' ';
    if (/[A-Za-z]/.test(before) && !(/[a-z]/.test(before) && /^[A-Z]/.test(keyword))) return false;
  }
  return !namesMetadata(rest);
}

/** Invisible characters: a value holding one is judged in the normalized view, where it is gone. */
const invisible = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/;

/** Value checks shared by both generic rules: literal, not a placeholder, code, hash or known format. */
function isLiteralSecret(candidate: SecretCandidate, isKnownSecret: KnownSecretCheck): boolean {
  const value = candidate.value;
  if (invisible.test(value)) return false;
  if (!keywordNamesASecret(candidate.match) || hasPlaceholderWord(value) || isCodeReference(value)) return false;
  if (isPasswordHash(value) || isUuid(value) || isHexDigest(value) || value.endsWith(':') || value.includes('://')) return false;
  return !isKnownSecret(candidate.text, candidate.start, candidate.end);
}

/** Passwords: 6+ characters, entropy ≥ 2 bits; 0.5, +0.1 for 12+ characters, +0.1 for 3+ character classes. */
export function passwordVerdict(candidate: SecretCandidate, isKnownSecret: KnownSecretCheck): SecretVerdict {
  const value = candidate.value;
  if (value.trim().length < 6 || shannonEntropy(value) < 2) return false;
  if (isProse(candidate.match) && !looksGenerated(value)) return false;
  if (!isLiteralSecret(candidate, isKnownSecret)) return false;
  return 0.5 + (value.length >= 12 ? 0.1 : 0) + (characterClasses(value) >= 3 ? 0.1 : 0);
}

/**
 * API keys and tokens: 16+ characters without spaces, entropy ≥ 3 bits, letters with digits (or
 * 24+ mixed-case characters at ≥ 3.5 bits); 0.6, +0.1 at ≥ 4 bits, +0.1 for 32+ characters.
 */
export function apiKeyVerdict(candidate: SecretCandidate, isKnownSecret: KnownSecretCheck): SecretVerdict {
  const value = candidate.value;
  if (value.length < 16 || /\s/.test(value) || /^[./~]/.test(value)) return false;
  const entropy = shannonEntropy(value);
  if (entropy < 3) return false;
  const lettersAndDigits = /[A-Za-z]/.test(value) && /[0-9]/.test(value);
  const mixedCase = value.length >= 24 && /[a-z]/.test(value) && /[A-Z]/.test(value) && entropy >= 3.5;
  if (!lettersAndDigits && !mixedCase) return false;
  if (!isLiteralSecret(candidate, isKnownSecret)) return false;
  return 0.6 + (entropy >= 4 ? 0.1 : 0) + (value.length >= 32 ? 0.1 : 0);
}

/** Keeps a Basic credential whose base64 decodes to printable "user:password" with a literal password. */
function basicAuthVerdict(value: string): SecretVerdict {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  const password = decoded.slice(colon + 1);
  return password.length >= 3 && !hasPlaceholderWord(password);
}

/** Assignment-based rules: passwords, API keys and tokens by key name, Authorization headers. */
export function createGenericRules(isKnownSecret: KnownSecretCheck): readonly SecretRecognizer[] {
  return [
    defineSecretRule({
      id: 'generic-password',
      type: 'GENERIC_PASSWORD',
      format: 'value assigned to password / passwd / passphrase / passcode / pass / pwd (env, YAML, JSON, INI, code) or given in prose ("password is X", "password X"; then it must mix letters and digits or 3 classes); 6+ characters, entropy ≥ 2, not a placeholder, code reference or hash',
      pattern: assignment('password|passwd|passphrase|passcode|pass|pwd|pswd', [codeOperator, isOperator, spaceOperator], 200),
      triggers: ['pass', 'PASS', 'Pass', 'pwd', 'PWD', 'Pwd', 'pswd', 'PSWD'],
      group: valueGroups,
      minLength: 6,
      score: 0.5,
      columns: true,
      severity: 'high',
      validate: (candidate) => passwordVerdict(candidate, isKnownSecret),
    }),
    defineSecretRule({
      id: 'generic-api-key',
      type: 'GENERIC_API_KEY',
      format: 'value assigned to api_key / apikey / api_secret / access_key / private_key / secret / token / credential(s), or "API key is X"; 16+ characters, entropy ≥ 3, letters and digits, not a UUID, hex digest or placeholder',
      pattern: assignment(String.raw`api[_.\- ]?key|apikey|api[_.\-]?secret|access[_.\-]?key|private[_.\-]?key|secret|token|credentials?`, [codeOperator, isOperator], 300),
      triggers: ['key', 'KEY', 'Key', 'secret', 'SECRET', 'Secret', 'token', 'TOKEN', 'Token', 'credential', 'CREDENTIAL', 'Credential'],
      triggerOffset: 'private_'.length,
      startCharacters: 'apstc',
      group: valueGroups,
      minLength: 16,
      score: 0.6,
      columns: true,
      severity: 'high',
      validate: (candidate) => apiKeyVerdict(candidate, isKnownSecret),
    }),
    defineSecretRule({
      id: 'bearer-token',
      type: 'BEARER_TOKEN',
      format: '"Bearer <20–2000 token characters>" (Authorization headers, curl -H); entropy ≥ 3, has a digit, not a known format',
      pattern: /(?<![A-Za-z])Bearer[ \t]{1,4}([A-Za-z0-9._~+/-]{19,1999}[A-Za-z0-9_~+/-]={0,2})(?![A-Za-z0-9_~+/=-]|\.[A-Za-z0-9_~+/=-])/i,
      triggers: ['Bearer', 'bearer', 'BEARER'],
      group: 1,
      score: 0.75,
      severity: 'high',
      validate: ({ value, text, start, end }) =>
        /[0-9]/.test(value) && shannonEntropy(value) >= 3 && !hasPlaceholderWord(value) && !isKnownSecret(text, start, end),
    }),
    defineSecretRule({
      id: 'basic-auth-header',
      type: 'BASIC_AUTH_HEADER',
      format: '"Basic <base64>" that decodes to printable user:password with a literal password; span = the base64',
      pattern: /(?<![A-Za-z])Basic[ \t]{1,4}([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/i,
      triggers: ['Basic', 'basic', 'BASIC'],
      group: 1,
      score: 0.85,
      validate: ({ value }) => basicAuthVerdict(value),
    }),
  ];
}
