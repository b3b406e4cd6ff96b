import { defineSecretRule, type SecretCandidate, type SecretRecognizer, type SecretVerdict } from './define-secret-rule.js';
import { hasPlaceholderWord } from './filters.js';
import type { KnownSecretCheck } from './known-secret.js';

/** Passwords that only ever appear in documentation of URLs with credentials. */
const documentationPasswords = new Set(['pass', 'password', 'passwd', 'pwd', 'secret', 'mypassword', 'yourpassword', 'pw', 'p', 'x']);

function decodePercent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Keeps a URL password that is literal and not a placeholder; the username equal to the password
 * (postgres:postgres, guest:guest) means a default and scores 0.5. Steps aside for known formats.
 */
function urlPasswordVerdict(candidate: SecretCandidate, isKnownSecret: KnownSecretCheck, score: number): SecretVerdict {
  const password = decodePercent(candidate.value);
  if (documentationPasswords.has(password.toLowerCase()) || hasPlaceholderWord(password)) return false;
  if (isKnownSecret(candidate.text, candidate.start, candidate.end)) return false;
  return candidate.match[1] === candidate.value ? 0.5 : score;
}

const databaseSchemes = String.raw`postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse|jdbc:(?:postgresql|mysql|mariadb|sqlserver)`;
const webSchemes = String.raw`https?|ftps?|sftp|ssh|git|svn|ldaps?|smtps?|imaps?|wss?`;
/**
 * After "://" (the scheme is checked by a lookbehind, so the regex engine can search for the
 * literal): `user:password@host`; group 1 = user (may be empty for redis), group 2 = password.
 */
const credentials = String.raw`([^\s:@/?#"'<>]{0,128}):([^\s@/?#"'<>]{1,256})@[A-Za-z0-9.\[\]-]{1,253}`;

/** URLs with an embedded password; the reported span is the password alone, so a redactor keeps the rest readable. */
export function createConnectionStringRules(isKnownSecret: KnownSecretCheck): readonly SecretRecognizer[] {
  return [
    defineSecretRule({
      id: 'connection-string-password',
      type: 'CONNECTION_STRING_PASSWORD',
      format: 'password in postgres(ql) / mysql / mariadb / mongodb(+srv) / redis(s) / amqp(s) / mssql / sqlserver / cockroachdb / clickhouse / jdbc: URLs; span = the password; user = password scores 0.5',
      pattern: new RegExp(String.raw`:\/\/(?<=(?<![A-Za-z0-9+.-])(?:${databaseSchemes}):\/\/)${credentials}`, 'i'),
      triggers: ['://'],
      group: 2,
      score: 0.9,
      validate: (candidate) => urlPasswordVerdict(candidate, isKnownSecret, 0.9),
    }),
    defineSecretRule({
      id: 'basic-auth-url',
      type: 'BASIC_AUTH_URL',
      format: 'password in http(s) / ftp(s) / sftp / ssh / git / svn / ldap(s) / smtp(s) / imap(s) / ws(s) URLs (user:pass@host); span = the password',
      pattern: new RegExp(String.raw`:\/\/(?<=(?<![A-Za-z0-9+.-])(?:${webSchemes}):\/\/)${credentials}`, 'i'),
      triggers: ['://'],
      group: 2,
      score: 0.85,
      validate: (candidate) => urlPasswordVerdict(candidate, isKnownSecret, 0.85),
    }),
  ];
}
