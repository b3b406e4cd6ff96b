/**
 * False-positive filters shared by the secret rules. Each takes the candidate value (the span a
 * rule would report) and answers one question; rules combine them in `validate`.
 */

/** Shannon entropy of the value's characters, in bits per character. */
export function shannonEntropy(value: string): number {
  const counts = new Map<number, number>();
  let length = 0;
  for (const char of value) {
    const code = char.codePointAt(0)!;
    counts.set(code, (counts.get(code) ?? 0) + 1);
    length++;
  }
  let entropy = 0;
  for (const count of counts.values()) {
    const share = count / length;
    entropy -= share * Math.log2(share);
  }
  return entropy;
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

const templatePatterns: readonly RegExp[] = [
  /\$\{/, // ${VAR}
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $VAR
  /\{\{/, // {{var}}
  /^\{[A-Za-z_][A-Za-z0-9_.]*\}$/, // {var}
  /%(?:\([A-Za-z_]+\))?[sd]/, // %s, %(name)s
  /^<[^<>]{1,80}>$/, // <your-key>
  /^\[[^[\]]{1,80}\]$/, // [REDACTED]
  /^__[A-Z0-9_]{1,80}__$/, // __SECRET__
];

const maskPattern = /x{4,}|X{4,}|\*{3,}|\.{3}|…|•{2,}|#{4,}/;

/** Words that mark a value as an example wherever they appear in it, in any case. */
const strongPlaceholderWords = ['example', 'placeholder', 'changeme', 'change_me', 'change-me', 'your_', 'your-', 'yourkey', 'yourtoken', 'yoursecret', 'yourpassword', 'redacted', 'replace_me', 'replaceme', 'insert_', 'dummy', 'notreal', 'not_real', 'sanitized'];

/**
 * True for values that are templates (`${VAR}`, `$VAR`, `{{var}}`, `%s`, `<your-key>`), masks
 * (`xxxx`, `****`, `...`) or that contain a word such as "example", "placeholder", "redacted".
 */
export function isPlaceholder(value: string): boolean {
  if (templatePatterns.some((pattern) => pattern.test(value))) return true;
  if (maskPattern.test(value)) return true;
  const lower = value.toLowerCase();
  return strongPlaceholderWords.some((word) => lower.includes(word));
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

/** Splits on separators and camelCase boundaries, lowercased: "apiKey_ID" → ["api", "key", "id"]. */
export function splitWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/**
 * True for values with too little variety to be random: one repeated character, a short repeated
 * unit ("abcabc…"), or a few ascending/descending runs ("abcdef123456").
 */
export function isLowVariety(value: string): boolean {
  if (value.length === 0) return true;
  const distinct = new Set(value).size;
  if (distinct < Math.min(8, Math.ceil(value.length / 4))) return true;
  return countRuns(value) <= Math.max(3, Math.floor(value.length / 8));
}

/**
 * The longest stretch of base64 characters in the value, when it has 8 or more, else the value:
 * the random part of a prefixed token ("ghp_…", "xoxb-1-2-…"), so a prefix cannot hide a dull body.
 */
export function randomPart(value: string): string {
  let longest = '';
  for (const part of value.split(/[^A-Za-z0-9+=]+/)) if (part.length > longest.length) longest = part;
  return longest.length >= 8 ? longest : value;
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
