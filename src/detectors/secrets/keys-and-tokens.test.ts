import { describe, expect, it } from 'vitest';
import { alphabets as a, base64Url, fakeAgeKey, fakeChars, fakeJwt, fakePem, found, scanSecrets, secretExamples, spanIn } from './testing.js';
import { jwtVerdict } from './keys-and-tokens.js';

describe('JWT', () => {
  it('keeps tokens whose header is JSON with "alg", scoring a JSON payload higher', () => {
    expect(jwtVerdict(fakeJwt('verdict'))).toBe(0.95);
    expect(jwtVerdict(`${base64Url('{"alg":"none"}')}.${base64Url('not json')}.`)).toBe(0.8);
    expect(jwtVerdict(`${base64Url('{"typ":"JWT"}')}.${base64Url('{}')}.sig`)).toBe(false);
    expect(jwtVerdict(`${base64Url('["alg"]')}.${base64Url('{}')}.sig`)).toBe(false);
  });

  it('finds a JWT in a log line with its exact span, at high severity', () => {
    const token = fakeJwt('log');
    const text = `[auth] 2024-05-01 session=${token} ip=10.0.0.1`;
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'JWT', ...spanIn(text, token), severity: 'high', score: 0.95 })]);
  });

  it('ignores the jwt.io example, dotted base64 that is not a JWT, and truncated tokens', () => {
    const jwtIo = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
    expect(found(jwtIo)).toEqual([]);
    expect(found(`eyJ${fakeChars('notjwt', a.base64url, 30)}.${fakeChars('nj2', a.base64url, 30)}.${fakeChars('nj3', a.base64url, 30)}`)).toEqual([]);
    expect(found(fakeJwt('truncated').split('.').slice(0, 2).join('.'))).toEqual([]);
  });
});

describe('private keys', () => {
  it.each(['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'])('finds a whole %s block', (label) => {
    const pem = fakePem(label, label);
    const text = `Here is the key you asked for:\n\n${pem}\n\nDon't share it.`;
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'PRIVATE_KEY', ...spanIn(text, pem), score: 0.99 })]);
  });

  it('finds a legacy encrypted RSA block with headers and a PGP private key block', () => {
    const rsa = fakePem('RSA PRIVATE KEY', 'legacy').replace('-----\n', '-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0A1B2C3D4E5F60718293A4B5C6D7E8F9\n\n');
    expect(found(rsa)).toEqual([['PRIVATE_KEY', rsa]]);
    const pgp = fakePem('PGP PRIVATE KEY BLOCK', 'pgp').replace('-----\n', '-----\nVersion: GnuPG v2\n\n').replace('\n-----END', '\n=Ab3d\n-----END');
    expect(found(pgp)).toEqual([['PRIVATE_KEY', pgp]]);
  });

  it('finds a JSON-escaped key and a truncated block (0.7)', () => {
    const escaped = fakePem('PRIVATE KEY', 'escaped').replace(/\n/g, '\\n');
    expect(found(`{"key": "${escaped}"}`)).toEqual([['PRIVATE_KEY', escaped]]);
    const truncated = fakePem('RSA PRIVATE KEY', 'truncated').split('\n').slice(0, 5).join('\n');
    expect(scanSecrets(`${truncated}\n[message truncated]`)).toEqual([
      expect.objectContaining({ type: 'PRIVATE_KEY', score: 0.7, message: 'private key block without its END line' }),
    ]);
  });

  it('ignores public keys, certificates, masked and elided blocks', () => {
    expect(found(fakePem('PUBLIC KEY', 'pub'))).toEqual([]);
    expect(found(fakePem('CERTIFICATE', 'cert'))).toEqual([]);
    expect(found('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----')).toEqual([]);
    expect(found(`-----BEGIN PRIVATE KEY-----\n${'X'.repeat(64)}\n-----END PRIVATE KEY-----`)).toEqual([]);
  });
});

describe('SSH and age keys', () => {
  it('finds an OpenSSH key and a PuTTY key as SSH_PRIVATE_KEY', () => {
    for (const id of ['ssh-private-key', 'putty-private-key']) {
      const { text, secret } = secretExamples[id]!;
      expect(found(text), id).toEqual([['SSH_PRIVATE_KEY', secret]]);
    }
  });

  it('scores an age key 0.99 with a valid bech32 checksum and 0.6 without', () => {
    const key = fakeAgeKey('age-test');
    expect(scanSecrets(`AGE_KEY=${key}`)[0]).toMatchObject({ type: 'AGE_SECRET_KEY', score: 0.99 });
    const broken = `${key.slice(0, -1)}${key.endsWith('Q') ? 'P' : 'Q'}`;
    expect(scanSecrets(`AGE_KEY=${broken}`)[0]).toMatchObject({ type: 'AGE_SECRET_KEY', score: 0.6, message: 'bech32 checksum does not match' });
  });
});
