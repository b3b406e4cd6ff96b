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

/** `<key><rest of name>` then `=`, `:`, `=>` or `:=`, then a "…", '…', `…` or bare value; groups 3–6 are the value. */
function assignment(keys: string, maxLength: number): RegExp {
  const operator = String.raw`["'\]]{0,2}[ \t]{0,4}(?:=>|:=|=(?![=~>])|:(?![:/=]))[ \t]{0,4}`;
  const quoted = String.raw`"([^"\\\r\n]{1,${maxLength}})"|'([^'\\\r\n]{1,${maxLength}})'|\x60([^\x60\\\r\n]{1,${maxLength}})\x60`;
  const bare = String.raw`([^\s"'\x60,;<>(){}\[\]]{1,${maxLength}})(?=[\s,;"'\x60)}\]>]|$)`;
  return new RegExp(String.raw`(${keys})([A-Za-z0-9_.\-]{0,24})${operator}(?:${quoted}|${bare})`, 'i');
}

const valueGroups = [3, 4, 5, 6] as const;

/** Drops candidates whose key is a longer word ("tokenizer", "passenger") or names metadata ("token_url", "passwordHash"). */
function keywordNamesASecret(match: RegExpExecArray): boolean {
  const keyword = match[1] ?? '';
  const rest = match[2] ?? '';
  if (/^[a-z]/.test(rest)) return false;
  if (/^(?:pass|pwd|pswd)$/i.test(keyword) && /^[A-Za-z]/.test(rest)) return false;
  return !namesMetadata(rest);
}

/** Value checks shared by both generic rules: literal, not a placeholder, code, hash or known format. */
function isLiteralSecret(candidate: SecretCandidate, isKnownSecret: KnownSecretCheck): boolean {
  const value = candidate.value;
  if (!keywordNamesASecret(candidate.match) || hasPlaceholderWord(value) || isCodeReference(value)) return false;
  if (isPasswordHash(value) || isUuid(value) || isHexDigest(value) || value.endsWith(':') || value.includes('://')) return false;
  return !isKnownSecret(candidate.text, candidate.start, candidate.end);
}

/** Passwords: 6+ characters, entropy ≥ 2 bits; 0.5, +0.1 for 12+ characters, +0.1 for 3+ character classes. */
export function passwordVerdict(candidate: SecretCandidate, isKnownSecret: KnownSecretCheck): SecretVerdict {
  const value = candidate.value;
  if (value.trim().length < 6 || shannonEntropy(value) < 2) return false;
  if (!isLiteralSecret(candidate, isKnownSecret)) return false;
  return 0.5 + (value.length >= 12 ? 0.1 : 0) + (characterClasses(value) >= 3 ? 0.1 : 0);
}

/**
 * API keys and tokens: 16+ characters without spaces, entropy ≥ 3 bits, letters with digits (or
 * 24+ mixed-case characters at ≥ 3.5 bits); 0.6, +0.1 at ≥ 4 bits, +0.1 for 32+ characters.
 */
export function apiKeyVerdict(candidate: SecretCandidate, isKnownSecret: KnownSecretCheck): SecretVerdict {
  const value = candidate.value;
  const entropy = shannonEntropy(value);
  if (value.length < 16 || /\s/.test(value) || entropy < 3 || /^[./~]/.test(value)) return false;
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
      format: 'value assigned to password / passwd / passphrase / passcode / pass / pwd (env, YAML, JSON, INI, code); 6+ characters, entropy ≥ 2, not a placeholder, code reference or hash',
      pattern: assignment('password|passwd|passphrase|passcode|(?<![A-Za-z])(?:pass|pwd|pswd)', 200),
      triggers: ['pass', 'PASS', 'Pass', 'pwd', 'PWD', 'Pwd', 'pswd', 'PSWD'],
      group: valueGroups,
      score: 0.5,
      severity: 'high',
      validate: (candidate) => passwordVerdict(candidate, isKnownSecret),
    }),
    defineSecretRule({
      id: 'generic-api-key',
      type: 'GENERIC_API_KEY',
      format: 'value assigned to api_key / apikey / api_secret / access_key / private_key / secret / token / credential(s); 16+ characters, entropy ≥ 3, letters and digits, not a UUID, hex digest or placeholder',
      pattern: assignment(String.raw`api[_.\-]?key|apikey|api[_.\-]?secret|access[_.\-]?key|private[_.\-]?key|secret|token|credentials?`, 300),
      triggers: ['key', 'KEY', 'Key', 'secret', 'SECRET', 'Secret', 'token', 'TOKEN', 'Token', 'credential', 'CREDENTIAL', 'Credential'],
      group: valueGroups,
      score: 0.6,
      severity: 'high',
      validate: (candidate) => apiKeyVerdict(candidate, isKnownSecret),
    }),
    defineSecretRule({
      id: 'bearer-token',
      type: 'BEARER_TOKEN',
      format: '"Bearer <20–2000 token characters>" (Authorization headers, curl -H); entropy ≥ 3, has a digit, not a known format',
      pattern: /(?<![A-Za-z])Bearer[ \t]{1,4}([A-Za-z0-9._~+/-]{20,2000}={0,2})(?![A-Za-z0-9._~+/=-])/i,
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
      triggers: ['Basic ', 'basic ', 'BASIC '],
      group: 1,
      score: 0.85,
      validate: ({ value }) => basicAuthVerdict(value),
    }),
  ];
}
