import { describe, expect, it } from 'vitest';
import { alphabets as a, fakeChars, fakeChecksummedToken, found, scanSecrets, spanIn } from './testing.js';

const password = fakeChars('db-password', a.base62, 16);

describe('database URLs', () => {
  it.each([
    `postgres://app:${password}@db.internal:5432/app`,
    `postgresql://app:${password}@db.internal/app?sslmode=require`,
    `mysql://root:${password}@127.0.0.1:3306/shop`,
    `mongodb+srv://svc:${password}@cluster0.ab1cd.mongodb.net/test?retryWrites=true`,
    `redis://:${password}@cache:6379/0`,
    `rediss://default:${password}@cache.example.net:6380`,
    `amqps://worker:${password}@mq.internal/vhost`,
    `mssql://sa:${password}@sql.internal:1433/db`,
    `jdbc:postgresql://app:${password}@db:5432/app`,
  ])('reports only the password of %s', (url) => {
    const text = `DATABASE_URL="${url}"`;
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'CONNECTION_STRING_PASSWORD', ...spanIn(text, password), score: 0.9 })]);
  });

  it('scores a default where the password equals the user 0.5', () => {
    expect(scanSecrets('amqp://rabbitadmin:rabbitadmin@localhost:5672/')).toEqual([expect.objectContaining({ type: 'CONNECTION_STRING_PASSWORD', score: 0.5 })]);
  });

  it.each([
    'postgres://user:password@localhost/db',
    'postgres://user:pass@localhost/db',
    'mysql://root:${MYSQL_ROOT_PASSWORD}@db/app',
    'mongodb://admin:<password>@cluster0.mongodb.net',
    'redis://:****@cache:6379',
    'postgres://app@db.internal/app',
    'postgres://app:@db.internal/app',
    'postgres://db.internal:5432/app',
    'mysql://user:changeme@db/app',
  ])('ignores %s', (url) => {
    expect(found(url)).toEqual([]);
  });
});

describe('URLs with credentials', () => {
  it('reports the password of an https URL and of an ftp URL', () => {
    expect(found(`pip install --index-url https://ci:${password}@pypi.internal/simple pkg`)).toEqual([['BASIC_AUTH_URL', password]]);
    expect(found(`ftp://upload:${password}@files.internal/in/`)).toEqual([['BASIC_AUTH_URL', password]]);
  });

  it('defers to the token type when the password is a known token', () => {
    const token = fakeChecksummedToken('ghp_', 'url-pw');
    expect(found(`https://oauth2:${token}@github.com/acme/app.git`)).toEqual([['GITHUB_TOKEN', token]]);
  });

  it('ignores URLs with ports, placeholders or no password', () => {
    expect(found('https://example.com:8443/path https://user@host/ https://user:password@host/ https://me:YOUR_PASSWORD@host/')).toEqual([]);
  });
});
