/**
 * False-positive filters shared by the secret rules. Each takes the candidate value (the span a
 * rule would report) and answers one question; rules combine them in `validate`. They run on every
 * candidate, so each is one regex test or one loop over the value.
 */
import { codePointEntropy, distinctCodePoints } from './character-counts.js';

/** Shannon entropy of the value's characters, in bits per character. */
export function shannonEntropy(value: string): number {
  return codePointEntropy(value);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hexDigestPattern = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;

/** True for an RFC 4122-shaped UUID (any version). */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** True for 32, 40, 64 or 128 hex digits: md5, sha1 / git object id, sha256, sha512. */
export function isHexDigest(value: string): boolean {
  return hexDigestPattern.test(value);
}

/** Templates and masks, one alternative each, tested as one pattern. */
const templateOrMaskPattern = new RegExp(
  [
    String.raw`\$\{`, // ${VAR}
    String.raw`^\$[A-Za-z_][A-Za-z0-9_]*$`, // $VAR
    String.raw`\{\{`, // {{var}}
    String.raw`^\{[A-Za-z_][A-Za-z0-9_.]*\}$`, // {var}
    String.raw`%(?:\([A-Za-z_]+\))?[sd]`, // %s, %(name)s
    String.raw`^<[^<>]{1,80}>$`, // <your-key>
    String.raw`^\[[^[\]]{1,80}\]$`, // [REDACTED]
    String.raw`^__[A-Z0-9_]{1,80}__$`, // __SECRET__
    String.raw`x{4,}|X{4,}|\*{3,}|\.{3}|…|•{2,}|#{4,}`, // masks
  ].join('|'),
);

/** Words that mark a value as an example wherever they appear in it, in any case. */
const strongPlaceholderWords = ['example', 'placeholder', 'changeme', 'change_me', 'change-me', 'your_', 'your-', 'yourkey', 'yourtoken', 'yoursecret', 'yourpassword', 'redacted', 'replace_me', 'replaceme', 'insert_', 'dummy', 'notreal', 'not_real', 'sanitized'];
/** The words as one pattern, tested on the lower-cased value (so "K", the Kelvin sign, reads as "k" as `toLowerCase` says). */
const strongPlaceholderPattern = new RegExp(strongPlaceholderWords.join('|'));

/**
 * True for values that are templates (`${VAR}`, `$VAR`, `{{var}}`, `%s`, `<your-key>`), masks
 * (`xxxx`, `****`, `...`) or that contain a word such as "example", "placeholder", "redacted".
 */
export function isPlaceholder(value: string): boolean {
  return templateOrMaskPattern.test(value) || strongPlaceholderPattern.test(value.toLowerCase());
}

/** Words that mark a free-form value (a password, a generic token) as not a real secret. */
const weakPlaceholderWords = new Set([
  'test', 'testing', 'sample', 'demo', 'fake', 'mock', 'foo', 'bar', 'baz', 'foobar', 'password', 'passwd', 'pass', 'secret',
  'token', 'apikey', 'key', 'here', 'none', 'null', 'nil', 'undefined', 'true', 'false', 'empty', 'default', 'required', 'optional',
  'string', 'str', 'text', 'value', 'hidden', 'masked', 'secure', 'mysecret', 'mypassword', 'abc', 'xyz', 'todo', 'fixme', 'tbd',
]);

/**
 * True when the value's letters alone spell a placeholder word ("password123" → "password"), or
 * one of its words of four letters or more is one ("my-test-key"). Meant for free-form values.
 */
export function hasPlaceholderWord(value: string): boolean {
  const letters = value.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length === 0 || weakPlaceholderWords.has(letters)) return true;
  return splitWords(value).some((word) => word.length >= 4 && weakPlaceholderWords.has(word));
}

/** 0 for a separator (anything but an ASCII letter or digit), 1 lower-case, 2 upper-case, 3 digit. */
function characterKind(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return 1;
  if (code >= 0x41 && code <= 0x5a) return 2;
  return code >= 0x30 && code <= 0x39 ? 3 : 0;
}

/**
 * Splits on separators (anything but ASCII letters and digits), lower-to-upper case changes and
 * letter-digit changes, lowercased: "apiKey_ID2" → ["api", "key", "id", "2"].
 */
export function splitWords(value: string): string[] {
  const words: string[] = [];
  let start = -1;
  let previous = 0;
  for (let index = 0; index <= value.length; index++) {
    const kind = index < value.length ? characterKind(value.charCodeAt(index)) : 0;
    const boundary = kind === 0 || (previous === 1 && kind === 2) || (previous !== 0 && (previous === 3) !== (kind === 3));
    if (start >= 0 && boundary) words.push(value.slice(start, index).toLowerCase());
    if (kind === 0) start = -1;
    else if (start < 0 || boundary) start = index;
    previous = kind;
  }
  return words;
}

/**
 * True for values with too little variety to be random: one repeated character, a short repeated
 * unit ("abcabc…"), or a few ascending/descending runs ("abcdef123456").
 */
export function isLowVariety(value: string): boolean {
  if (value.length === 0) return true;
  const distinct = distinctCodePoints(value);
  if (distinct < Math.min(8, Math.ceil(value.length / 4))) return true;
  return countRuns(value) <= Math.max(3, Math.floor(value.length / 8));
}

/**
 * The longest stretch of base64 characters in the value, when it has 8 or more, else the value:
 * the random part of a prefixed token ("ghp_…", "xoxb-1-2-…"), so a prefix cannot hide a dull body.
 */
export function randomPart(value: string): string {
  let [longestStart, longestLength, start] = [0, 0, 0];
  for (let index = 0; index <= value.length; index++) {
    if (index < value.length && isBase64Character(value.charCodeAt(index))) continue;
    if (index - start > longestLength) [longestStart, longestLength] = [start, index - start];
    start = index + 1;
  }
  return longestLength >= 8 ? value.slice(longestStart, longestStart + longestLength) : value;
}

function isBase64Character(code: number): boolean {
  return characterKind(code) !== 0 || code === 0x2b || code === 0x3d;
}

/** Number of maximal runs where each character is equal to, or one code point from, the previous. */
function countRuns(value: string): number {
  let runs = 1;
  let step = 0;
  for (let index = 1; index < value.length; index++) {
    const difference = value.charCodeAt(index) - value.charCodeAt(index - 1);
    const continues = Math.abs(difference) <= 1 && (step === 0 || difference === step || difference === 0);
    if (continues) {
      if (difference !== 0) step = difference;
      continue;
    }
    runs++;
    step = 0;
  }
  return runs;
}

/** One dotted part of a code path: snake_case, UPPER_SNAKE, camelCase or PascalCase, as code names things. */
const codeName = String.raw`(?:[a-z_$][a-z0-9_$]*|[A-Z][A-Z0-9_]*|[a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+)*)`;

const codeReferencePatterns: readonly RegExp[] = [
  new RegExp(String.raw`^${codeName}(?:\.${codeName})+$`), // config.db.password, process.env.DB_PASSWORD
  /^(?:process\.env|os\.environ|os\.getenv|env\(|getenv\(|System\.getenv|ENV\[)/,
  /^[A-Za-z_][A-Za-z0-9_]*\(/, // getPassword(
];

/** True when the value reads as code that fetches a secret (`config.password`, `os.environ[...]`), not a literal. */
export function isCodeReference(value: string): boolean {
  return codeReferencePatterns.some((pattern) => pattern.test(value));
}

/** True for password-hash formats (bcrypt, argon2, crypt(3) sha256/sha512/md5, scrypt, pbkdf2). */
export function isPasswordHash(value: string): boolean {
  return /^\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|scrypt|pbkdf2(?:-sha\d{1,3})?|7)\$/.test(value);
}

/** Counts the character classes present: lower, upper, digit, other. */
export function characterClasses(value: string): number {
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  return classes;
}
