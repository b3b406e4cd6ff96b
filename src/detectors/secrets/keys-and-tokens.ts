import { checksumScores, hasValidBech32Checksum } from './checksums.js';
import { defineSecretRule, type SecretRecognizer, type SecretVerdict } from './define-secret-rule.js';

/** The signature of the token shown on jwt.io, a documentation example rather than a leak. */
const jwtIoExampleSignature = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

function decodeJsonPart(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Keeps a JWT whose header decodes to a JSON object with a string "alg": 0.95 when the payload is JSON too, else 0.8. */
export function jwtVerdict(token: string): SecretVerdict {
  const [header, payload, signature] = token.split('.');
  if (signature === jwtIoExampleSignature) return false;
  const decodedHeader = decodeJsonPart(header ?? '');
  if (typeof decodedHeader !== 'object' || decodedHeader === null) return false;
  if (typeof (decodedHeader as { alg?: unknown }).alg !== 'string') return false;
  const decodedPayload = decodeJsonPart(payload ?? '');
  return typeof decodedPayload === 'object' && decodedPayload !== null ? 0.95 : 0.8;
}

/** Base64 body characters of a PEM block, including JSON-escaped newlines ("\n" as two characters). */
const pemBody = String.raw`[A-Za-z0-9+/=\s\\]{40,20000}`;
/** RFC 1421 / OpenPGP armor header lines such as "Proc-Type: 4,ENCRYPTED" or "Version: GnuPG". */
const pemHeaders = String.raw`(?:[A-Za-z-]{1,32}: [^\r\n]{1,200}\r?\n){0,8}`;

/** The header names a .ppk file has between its first line and "Private-MAC". */
const puttyHeader = '(?:Encryption|Comment|Public-Lines|Private-Lines|Key-Derivation|Argon2-Memory|Argon2-Passes|Argon2-Parallelism|Argon2-Salt)';

/** Keeps a PEM block with its END line at `complete`, a truncated one (no END, 64+ body characters) at 0.7. */
function pemVerdict(value: string, endLine: string | undefined, complete: number): SecretVerdict {
  if (endLine) return complete;
  const body = value.replace(/^-----BEGIN [^-]{1,60}-----/, '').replace(/\s|\\n|\\r/g, '');
  return body.length >= 64 ? { score: 0.7, message: 'private key block without its END line' } : false;
}

/** JWTs, PEM private keys, SSH private keys and age keys. */
export const keyAndTokenRules: readonly SecretRecognizer[] = [
  defineSecretRule({
    id: 'jwt',
    type: 'JWT',
    format: 'three base64url parts joined by "."; the header must decode to JSON with a string "alg" (0.95 with a JSON payload, else 0.8)',
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{2,10000}\.[A-Za-z0-9_-]{0,2000}(?![A-Za-z0-9_-])/,
    triggers: ['eyJ'],
    score: 0.95,
    severity: 'high',
    validate: ({ value }) => jwtVerdict(value),
  }),
  defineSecretRule({
    id: 'private-key',
    type: 'PRIVATE_KEY',
    format: 'PEM "-----BEGIN (RSA |EC |DSA |ENCRYPTED |PGP )PRIVATE KEY( BLOCK)-----" … matching END line, 40–20000 body characters; without END 0.7',
    pattern: new RegExp(String.raw`-----BEGIN ((?:RSA |EC |DSA |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----(?:\r?\n|\\r?\\n)?${pemHeaders}${pemBody}(-----END \1-----)?`),
    triggers: ['PRIVATE KEY'],
    triggerOffset: '-----BEGIN ENCRYPTED '.length,
    score: 0.99,
    validate: ({ value, match }) => pemVerdict(value, match[2], 0.99),
  }),
  defineSecretRule({
    id: 'ssh-private-key',
    type: 'SSH_PRIVATE_KEY',
    format: 'PEM "-----BEGIN OPENSSH PRIVATE KEY-----" … END; 0.99, without END 0.7',
    pattern: new RegExp(String.raw`-----BEGIN OPENSSH PRIVATE KEY-----${pemBody}(-----END OPENSSH PRIVATE KEY-----)?`),
    triggers: ['-----BEGIN OPENSSH PRIVATE KEY-----'],
    score: 0.99,
    validate: ({ value, match }) => pemVerdict(value, match[1], 0.99),
  }),
  defineSecretRule({
    id: 'putty-private-key',
    type: 'SSH_PRIVATE_KEY',
    format: 'PuTTY .ppk: "PuTTY-User-Key-File-2|3:" through the "Private-MAC:" line, over at most 80 header or base64 lines',
    pattern: new RegExp(String.raw`PuTTY-User-Key-File-[23]: [^
]{1,100}
?
(?:${puttyHeader}: [^
]{0,300}
?
|[A-Za-z0-9+/=]{1,200}
?
){1,80}?Private-MAC: [0-9a-f]{40,64}`),
    triggers: ['PuTTY-User-Key-File-'],
    score: 0.97,
  }),
  defineSecretRule({
    id: 'age-secret-key',
    type: 'AGE_SECRET_KEY',
    format: 'AGE-SECRET-KEY-1 + 58 bech32 characters; 0.99 when the bech32 checksum verifies, else 0.6',
    pattern: /(?<![A-Za-z0-9-])AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9])/,
    triggers: ['AGE-SECRET-KEY-1'],
    score: checksumScores.valid,
    validate: ({ value }) =>
      hasValidBech32Checksum(value, 'age-secret-key-') ? true : { score: checksumScores.invalid, message: 'bech32 checksum does not match' },
  }),
];
