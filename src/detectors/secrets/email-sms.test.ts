import { describe, expect, it } from 'vitest';
import { alphabets as a, fakeChars, found, scanSecrets, secretExamples } from './testing.js';

describe('Twilio', () => {
  it('finds an API key, account SID and auth token in a Node config', () => {
    const sid = secretExamples['twilio-account-sid']!.secret;
    const key = secretExamples['twilio-api-key']!.secret;
    const token = secretExamples['twilio-auth-token']!.secret;
    const text = `// twilio\nconst TWILIO_ACCOUNT_SID = "${sid}";\nconst apiKey = "${key}";\nconst TWILIO_AUTH_TOKEN = "${token}";`;
    const findings = scanSecrets(text);
    expect(findings.map((finding) => [finding.type, text.slice(finding.start, finding.end), finding.severity])).toEqual([
      ['TWILIO_ACCOUNT_SID', sid, 'low'],
      ['TWILIO_API_KEY', key, 'critical'],
      ['TWILIO_AUTH_TOKEN', token, 'critical'],
    ]);
  });

  it('boosts an SK key near the word twilio and ignores upper-case hex', () => {
    const key = `SK${fakeChars('twilio-boost', a.hex, 32)}`;
    expect(scanSecrets(`twilio key ${key}`)[0]!.score).toBe(1);
    expect(scanSecrets(`key ${key}`)[0]!.score).toBe(0.7);
    expect(found(`SK${fakeChars('twilio-upper', a.hex, 32).toUpperCase()}`)).toEqual([]);
  });

  it('ignores a 32-hex auth token with an id-like key name', () => {
    expect(found(`TWILIO_AUTH_TOKEN_ID=${fakeChars('tw-id', a.hex, 32)}`)).toEqual([]);
  });
});

describe('SendGrid, Mailgun, Mailchimp, Brevo', () => {
  it('finds each example in a Python settings file', () => {
    for (const id of ['sendgrid-api-key', 'mailgun-private-key', 'mailchimp-api-key', 'brevo-api-key']) {
      const { secret } = secretExamples[id]!;
      expect(found(`# settings.py\n${id.toUpperCase().replace(/-/g, '_')} = "${secret}"\n`).map(([, value]) => value), id).toEqual([secret]);
    }
  });

  it('scores a legacy key- Mailgun key 0.65, or 0.95 near "mailgun"', () => {
    const key = secretExamples['mailgun-api-key']!.secret;
    expect(scanSecrets(`key: ${key}`)[0]!.score).toBe(0.65);
    expect(scanSecrets(`mailgun: ${key}`)[0]!.score).toBe(0.95);
  });

  it('ignores malformed SendGrid keys and Mailchimp-like values without a data centre', () => {
    expect(found(`SG.${fakeChars('sg-bad', a.base64url, 21)}.${fakeChars('sg-bad2', a.base64url, 43)}`)).toEqual([]);
    expect(found(`${fakeChars('mc-bad', a.hex, 32)}-eu1 ${fakeChars('mc-bad2', a.hex, 31)}-us6`)).toEqual([]);
  });
});
