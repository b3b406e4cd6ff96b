import { describe, expect, it } from 'vitest';
import {
  characterClasses,
  hasPlaceholderWord,
  isCodeReference,
  isHexDigest,
  isLowVariety,
  isPasswordHash,
  isPlaceholder,
  isUuid,
  randomPart,
  shannonEntropy,
  splitWords,
} from './filters.js';
import { alphabets, fakeChars } from './testing.js';

describe('shannonEntropy', () => {
  it('is 0 for one repeated character and log2(n) for n distinct ones', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('0123456789abcdef')).toBe(4);
  });

  it('is high for random base62 and low for words', () => {
    expect(shannonEntropy(fakeChars('entropy', alphabets.base62, 40))).toBeGreaterThan(4.5);
    expect(shannonEntropy('passwordpassword')).toBeLessThan(3);
  });
});

describe('isUuid and isHexDigest', () => {
  it('recognizes UUIDs in either case', () => {
    expect(isUuid('123e4567-e89b-12d3-a456-426614174000')).toBe(true);
    expect(isUuid('123E4567-E89B-12D3-A456-426614174000')).toBe(true);
    expect(isUuid('123e4567-e89b-12d3-a456-42661417400')).toBe(false);
  });

  it('recognizes md5, sha1 / git, sha256 and sha512 lengths only', () => {
    expect(isHexDigest('d41d8cd98f00b204e9800998ecf8427e')).toBe(true);
    expect(isHexDigest('3f2c1a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39')).toBe(true);
    expect(isHexDigest('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).toBe(true);
    expect(isHexDigest('d41d8cd98f00b204e9800998ecf8427')).toBe(false);
    expect(isHexDigest('g41d8cd98f00b204e9800998ecf8427e')).toBe(false);
  });
});

describe('isPlaceholder', () => {
  it.each([
    '${GITHUB_TOKEN}', '$API_KEY', '{{ api_key }}', '{password}', '%s', '%(password)s', '<your-key>', '[REDACTED]', '__SECRET__',
    'xxxxxxxxxxxx', 'XXXX-XXXX', 'sk-...', 'abc…', '********', '••••••', '####', 'AKIAIOSFODNN7EXAMPLE',
    'your_api_key_here', 'changeme', 'CHANGE_ME', 'my-placeholder-token', 'redacted', 'dummy-token-1234', 'insert_key', 'replace_me',
  ])('treats %s as a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each(['Tr0ub4dor&3', fakeChars('placeholder', alphabets.base62, 32), 'ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC2x4z6Q', 'sk_test_51Habc'])(
    'keeps %s',
    (value) => {
      expect(isPlaceholder(value)).toBe(false);
    },
  );
});

describe('hasPlaceholderWord', () => {
  it('finds placeholder words spelled by the letters or as a 4+ letter word', () => {
    expect(hasPlaceholderWord('password123')).toBe(true);
    expect(hasPlaceholderWord('Secret!2024')).toBe(true);
    expect(hasPlaceholderWord('my-test-key')).toBe(true);
    expect(hasPlaceholderWord('FakeToken99')).toBe(true);
    expect(hasPlaceholderWord('12345678')).toBe(true);
  });

  it('keeps real-looking values, including random ones that contain a short word', () => {
    expect(hasPlaceholderWord('Tr0ub4dor&3horse')).toBe(false);
    expect(hasPlaceholderWord('xK3barQ9zLm2')).toBe(false);
    expect(hasPlaceholderWord(fakeChars('word', alphabets.base62, 32))).toBe(false);
  });
});

describe('splitWords', () => {
  it('splits on separators, camelCase and letter/digit boundaries', () => {
    expect(splitWords('apiKey_ID')).toEqual(['api', 'key', 'id']);
    expect(splitWords('token-url.v2')).toEqual(['token', 'url', 'v', '2']);
  });
});

describe('isLowVariety', () => {
  it.each(['aaaaaaaa', 'abcdef123456', 'abcdefghijklmnop', '1234567890', 'abcabcabcabcabcabc', 'zyxwvu987654', `ghp_${'a'.repeat(36)}`])(
    'flags %s',
    (value) => {
      expect(isLowVariety(value)).toBe(true);
    },
  );

  it.each(['hunter22', 'Tr0ub4dor&3', fakeChars('variety', alphabets.hex, 32), fakeChars('variety', alphabets.base62, 40)])('keeps %s', (value) => {
    expect(isLowVariety(value)).toBe(false);
  });
});

describe('isCodeReference', () => {
  it.each(['config.db.password', 'process.env.DB_PASSWORD', 'os.environ["X"]', 'os.getenv("X")', 'getPassword()', 'self.password'])('flags %s', (value) => {
    expect(isCodeReference(value)).toBe(true);
  });

  it('keeps literals', () => {
    expect(isCodeReference('Tr0ub4dor&3')).toBe(false);
    expect(isCodeReference('hunter2.9x!')).toBe(false);
  });
});

describe('isPasswordHash', () => {
  it('recognizes crypt-style hashes', () => {
    expect(isPasswordHash('$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW')).toBe(true);
    expect(isPasswordHash('$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA')).toBe(true);
    expect(isPasswordHash('$6$rounds=5000$salt$hash')).toBe(true);
    expect(isPasswordHash('$ecret123')).toBe(false);
  });
});

describe('characterClasses', () => {
  it('counts lower, upper, digit and other', () => {
    expect(characterClasses('abc')).toBe(1);
    expect(characterClasses('aB3')).toBe(3);
    expect(characterClasses('aB3!')).toBe(4);
  });
});

describe('randomPart', () => {
  it('returns the longest base64 stretch of 8+ characters, else the whole value', () => {
    expect(randomPart('ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBe('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    expect(randomPart('xoxb-123-456-AbCdEfGhIjKl')).toBe('AbCdEfGhIjKl');
    expect(randomPart('a-b-c')).toBe('a-b-c');
  });
});

/** Random short values over an alphabet that exercises every branch of the hand-written scanners. */
function randomValues(count: number, alphabet: string): string[] {
  let state = 11;
  const next = (): number => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const characters = [...alphabet];
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 30) }, () => characters[Math.floor(next() * characters.length)]).join(''));
}

describe('hand-written scanners agree with the regex definitions they replace', () => {
  const values = randomValues(5000, 'aAbBzZ09_-. =+/$#*x{}<>[]%sdé😀K\u200b:');

  it('splitWords', () => {
    const reference = (value: string): string[] =>
      value
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/)
        .filter((word) => word.length > 0)
        .map((word) => word.toLowerCase());
    for (const value of values) expect(splitWords(value), value).toEqual(reference(value));
  });

  it('randomPart', () => {
    const reference = (value: string): string => {
      let longest = '';
      for (const part of value.split(/[^A-Za-z0-9+=]+/)) if (part.length > longest.length) longest = part;
      return longest.length >= 8 ? longest : value;
    };
    for (const value of values) expect(randomPart(value), value).toBe(reference(value));
  });

  it('isPlaceholder', () => {
    const templates = [/\$\{/, /^\$[A-Za-z_][A-Za-z0-9_]*$/, /\{\{/, /^\{[A-Za-z_][A-Za-z0-9_.]*\}$/, /%(?:\([A-Za-z_]+\))?[sd]/, /^<[^<>]{1,80}>$/, /^\[[^[\]]{1,80}\]$/, /^__[A-Z0-9_]{1,80}__$/];
    const words = ['example', 'placeholder', 'changeme', 'change_me', 'change-me', 'your_', 'your-', 'yourkey', 'yourtoken', 'yoursecret', 'yourpassword', 'redacted', 'replace_me', 'replaceme', 'insert_', 'dummy', 'notreal', 'not_real', 'sanitized'];
    const reference = (value: string): boolean =>
      templates.some((pattern) => pattern.test(value)) || /x{4,}|X{4,}|\*{3,}|\.{3}|…|•{2,}|#{4,}/.test(value) || words.some((word) => value.toLowerCase().includes(word));
    const pieces = randomValues(5000, '${}_%sd()<>[]xX*.…•#A9 ').concat(['yourKey', 'EXAMPLE', 'Dummy-1', 'not_REAL', 'İnsert_x']);
    for (const value of [...values, ...pieces]) expect(isPlaceholder(value), value).toBe(reference(value));
  });
});
