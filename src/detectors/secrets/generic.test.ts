import { describe, expect, it } from 'vitest';
import { alphabets as a, fakeChars, fakeChecksummedToken, fakeUuid, found, scanSecrets, spanIn } from './testing.js';

const password = 'Tr0ub4dor&3horse';
const apiKey = fakeChars('generic-test', a.base62, 32);

describe('generic passwords', () => {
  it.each([
    [`DB_PASSWORD=${password}`, '.env'],
    [`database:\n  password: "${password}"\n`, 'YAML'],
    [`{"user": "app", "password": "${password}"}`, 'JSON'],
    [`[mysql]\npasswd = ${password}\n`, 'INI'],
    [`conn = psycopg2.connect(host="db", password='${password}')`, 'Python'],
    [`const options = { password: \`${password}\` };`, 'JavaScript'],
    [`$config['db_password'] => '${password}',`, 'PHP'],
    [`mysqldump --password=${password} shop > dump.sql`, 'shell'],
    [`2024-05-01 DEBUG login attempt user=bob pwd=${password}`, 'log'],
  ])('finds the password in %s (%s)', (text) => {
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'GENERIC_PASSWORD', ...spanIn(text, password), score: 0.7, severity: 'high' })]);
  });

  it('finds a quoted passphrase with spaces and scores short simple passwords lower', () => {
    expect(found('passphrase: "correct horse battery staple"')).toEqual([['GENERIC_PASSWORD', 'correct horse battery staple']]);
    expect(scanSecrets('PASSWORD=hunter22')[0]).toMatchObject({ score: 0.5 });
  });

  it.each([
    'password = getPassword()',
    'password = os.environ["DB_PASSWORD"]',
    'password: ${DB_PASSWORD}',
    'PASSWORD=$DB_PASS',
    'password = config.db.password',
    'password: "{{ vault_db_password }}"',
    'password: str',
    'password = None',
    'password=changeme',
    'password: "********"',
    'password = "password123"',
    'password: your_password_here',
    'if password == "hunter22":',
    'password_hash = "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"',
    'passwordHash: 5f4dcc3b5aa765d61d8327deb882cf99',
    'password_min_length = 12',
    'passenger_count: 4',
    'bypass=abcdef12',
    'password:\n  host: database-primary',
    'password: aaaaaaaa',
    'password=abc12',
  ])('ignores %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('generic API keys and tokens', () => {
  it.each([
    `API_KEY=${apiKey}`,
    `"api_key": "${apiKey}"`,
    `apiKey: '${apiKey}'`,
    `client_secret = "${apiKey}"`,
    `SECRET_KEY_BASE=${apiKey}`,
    `export AUTH_TOKEN=${apiKey}`,
    `headers = {"X-Api-Key": "${apiKey}"}`,
  ])('finds the value in %s', (text) => {
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'GENERIC_API_KEY', ...spanIn(text, apiKey), score: 0.8 })]);
  });

  it.each([
    `api_key_id = ${apiKey}`,
    `token_url: https://auth.example.com/oauth/${apiKey}`,
    'max_tokens: 4096',
    `tokenizer: "${apiKey}"`,
    `secret_name: projects-${fakeChars('sn', a.lowerAlnum, 6)}-db-password`,
    `api_key = ${fakeUuid('api-uuid')}`,
    'token = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"',
    'token: "3f2c1a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39"',
    'api_key: your_api_key_here',
    'API_KEY=<your-api-key>',
    'secret: abcdefghijklmnop123456',
    'token: refresh_token_value_here',
    'csrf_token = request.cookies.get_token',
    'secret: ./secrets/db-password.txt',
  ])('ignores %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('defers to format rules for known tokens', () => {
    const token = fakeChecksummedToken('ghp_', 'generic-known');
    expect(found(`GITHUB_TOKEN=${token}\napi_key: "${token}"`)).toEqual([
      ['GITHUB_TOKEN', token],
      ['GITHUB_TOKEN', token],
    ]);
  });
});

describe('Authorization headers', () => {
  it('finds an opaque bearer token and a Basic credential', () => {
    const bearer = fakeChars('bearer-test', a.base64url, 40);
    expect(found(`curl -H "Authorization: Bearer ${bearer}" https://api.internal/v1`)).toEqual([['BEARER_TOKEN', bearer]]);
    const basic = Buffer.from(`ci-bot:${fakeChars('basic-test', a.base62, 16)}`).toString('base64');
    expect(found(`Authorization: Basic ${basic}`)).toEqual([['BASIC_AUTH_HEADER', basic]]);
  });

  it('ignores prose, placeholders and Basic values that are not credentials', () => {
    expect(found('Bearer authentication is described in RFC 6750; use Bearer <token>.')).toEqual([]);
    expect(found('Authorization: Bearer YOUR_ACCESS_TOKEN_HERE_12345')).toEqual([]);
    expect(found(`Authorization: Basic ${Buffer.from('user:password').toString('base64')}`)).toEqual([]);
    expect(found('Basic knowledge of TypeScript helps')).toEqual([]);
  });
});

describe('prose', () => {
  it('finds passwords and keys given in sentences, without the final period', () => {
    expect(found('The wifi password is river-lamp-28. See you!')).toEqual([['GENERIC_PASSWORD', 'river-lamp-28']]);
    expect(found('Temporary password Qf~JtGKdj~ItcUNf, please change it.')).toEqual([['GENERIC_PASSWORD', 'Qf~JtGKdj~ItcUNf']]);
    expect(found(`The API key for the vendor portal is ${apiKey}.`)).toEqual([['GENERIC_API_KEY', apiKey]]);
    expect(found(`X-API-Key: ${apiKey}.`)).toEqual([['GENERIC_API_KEY', apiKey]]);
    expect(found('export const fixture = { smtpPass: \'Monkey901!\' };')).toEqual([['GENERIC_PASSWORD', 'Monkey901!']]);
  });

  it('ignores prose about passwords', () => {
    expect(found('The password is incorrect. Your password manager can help. The password is case-sensitive.')).toEqual([]);
    expect(found('Password reset links expire; the password policy requires 12 characters.')).toEqual([]);
    expect(found('The API key for this service is required for every request.')).toEqual([]);
  });
});
