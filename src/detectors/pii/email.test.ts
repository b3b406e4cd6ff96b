import { describe, expect, it } from 'vitest';
import { emailRecognizer, findEmails } from './email.js';

function spans(text: string): string[] {
  return findEmails(text).map((match) => text.slice(match.start, match.end));
}

describe('email recognizer', () => {
  it('finds addresses in a sentence, a log line and JSON with exact spans', () => {
    const sentence = 'Please write to jane.doe+billing@mail.example.co.uk, thanks.';
    expect(findEmails(sentence)).toEqual([{ start: 16, end: 51, score: 0.85 }]);
    expect(spans('2024-05-01T10:00:00Z INFO login ok user=Ops_Team-7@corp-intranet.example.org ip=10.1.2.3')).toEqual([
      'Ops_Team-7@corp-intranet.example.org',
    ]);
    expect(spans('{"owner":"kim.lee@example.io","cc":["a.b@example.net"]}')).toEqual(['kim.lee@example.io', 'a.b@example.net']);
    expect(spans('<a href="mailto:support@example.com">mail</a>')).toEqual(['support@example.com']);
    expect(spans("'o'hara@example.com'")).toEqual(["o'hara@example.com"]);
  });

  it('trims a sentence-ending dot and accepts IDN and punycode domains', () => {
    expect(spans('Mail me at me@example.com.')).toEqual(['me@example.com']);
    expect(spans('info@bücher.example.de and admin@xn--80ak6aa92e.xn--p1ai')).toEqual([
      'info@bücher.example.de',
      'admin@xn--80ak6aa92e.xn--p1ai',
    ]);
  });

  it('rejects the user info of a URL: passwords and keys before "@host"', () => {
    expect(findEmails('postgres://svc_billing:UUFc8TuFz!BP@db-prod.example.com:5432/billing')).toEqual([]);
    expect(findEmails('redis://:Tw~P3g8a~FvaX@cache.example.internal:6379/0')).toEqual([]);
    expect(findEmails('dsn=https://f9bebc32e4b293f479c4cfbdabb7f662@o195644.ingest.example.io/2226682')).toEqual([]);
    expect(findEmails('git clone https://ci-bot:zBn~Bwi5ihCc@git.example.dev/repo.git')).toEqual([]);
  });

  it('still finds addresses in a URL path or query, after mailto:, and next to a URL', () => {
    expect(spans('https://example.com/share?to=jane.doe@example.org&x=1')).toEqual(['jane.doe@example.org']);
    expect(spans('https://example.com/u/jane@example.org')).toEqual(['jane@example.org']);
    expect(spans('mailto:ops@example.com or https://example.com jane@example.org')).toEqual(['ops@example.com', 'jane@example.org']);
  });

  it('rejects handles, hosts without a dot, asset suffixes and package versions', () => {
    expect(findEmails('ping @handles and @team-lead on chat')).toEqual([]);
    expect(findEmails('ssh user@localhost or root@server')).toEqual([]);
    expect(findEmails('<img src="logo@2x.png"> icon@3x.webp bundle@main.js')).toEqual([]);
    expect(findEmails('npm i left-pad@1.3.0 lodash@4.17.21 @scope/pkg@latest react@^18.2.0')).toEqual([]);
    expect(findEmails('a..b@example.com x.@example.com bad@example.c bad@-example.com')).toEqual([]);
    expect(findEmails('dump@example.com_backup')).toEqual([]);
  });

  it('rejects a local part over 64 characters and a domain over 253', () => {
    expect(findEmails(`${'a'.repeat(65)}@example.com`)).toEqual([]);
    expect(spans(`${'a'.repeat(64)}@example.com`)).toEqual([`${'a'.repeat(64)}@example.com`]);
    expect(findEmails(`x@${'a.'.repeat(127)}com`)).toEqual([]);
  });

  it('finishes on pathological input', () => {
    expect(findEmails('@'.repeat(100_000))).toEqual([]);
    expect(findEmails('a'.repeat(1_000_000))).toEqual([]);
    expect(findEmails('a@'.repeat(200_000))).toEqual([]);
    expect(findEmails(`${'a'.repeat(500_000)}@${'b'.repeat(500_000)}`)).toEqual([]);
    expect(findEmails('a@b.'.repeat(100_000))).toHaveLength(0);
  });

  it('declares its entity, trigger and context words', () => {
    expect(emailRecognizer.entity).toBe('EMAIL_ADDRESS');
    expect(emailRecognizer.triggers).toEqual(['@']);
    expect(emailRecognizer.context).toContain('email');
  });
});
