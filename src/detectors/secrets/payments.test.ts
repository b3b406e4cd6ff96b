import { describe, expect, it } from 'vitest';
import { alphabets as a, fakeChars, found, scanSecrets, secretExamples, spanIn } from './testing.js';

describe('Stripe', () => {
  it('finds live secret and restricted keys as critical, and test keys as medium', () => {
    const live = secretExamples['stripe-secret-key']!.secret;
    const restricted = `rk_live_${fakeChars('rk', a.base62, 24)}`;
    const test = `sk_test_${fakeChars('sk-test-2', a.base62, 24)}`;
    const text = `STRIPE_SECRET_KEY=${live}\nSTRIPE_RESTRICTED_KEY=${restricted}\nSTRIPE_TEST_KEY=${test}\n`;
    const findings = scanSecrets(text);
    expect(findings.map((finding) => [finding.type, finding.severity, finding.score, finding.start])).toEqual([
      ['STRIPE_SECRET_KEY', 'critical', 0.97, spanIn(text, live).start],
      ['STRIPE_SECRET_KEY', 'critical', 0.97, spanIn(text, restricted).start],
      ['STRIPE_TEST_KEY', 'medium', 0.7, spanIn(text, test).start],
    ]);
  });

  it('finds a webhook signing secret and ignores publishable keys and short values', () => {
    const { text, secret } = secretExamples['webhook-signing-secret']!;
    expect(found(text)).toEqual([['WEBHOOK_SIGNING_SECRET', secret]]);
    expect(found(`pk_live_${fakeChars('pk', a.base62, 24)} sk_live_short sk_live_${'x'.repeat(30)}`)).toEqual([]);
  });
});

describe('Square, Braintree, Shopify, Shippo', () => {
  it.each(['square-access-token', 'square-oauth-secret', 'braintree-access-token', 'shopify-access-token', 'shippo-api-token'])(
    'finds the %s example in context',
    (id) => {
      const { text, secret } = secretExamples[id]!;
      expect(found(`# config\n${text}\n`).map(([, value]) => value)).toEqual([secret]);
    },
  );

  it('finds a legacy Square token and scores sandbox / test tokens lower', () => {
    const legacy = `sq0atp-${fakeChars('sq-legacy', a.base64url, 22)}`;
    expect(found(`square: ${legacy}`)).toEqual([['SQUARE_ACCESS_TOKEN', legacy]]);
    const sandbox = `access_token$sandbox$${fakeChars('bt-sb', a.lowerAlnum, 16)}$${fakeChars('bt-sb2', a.hex, 32)}`;
    expect(scanSecrets(sandbox)).toEqual([expect.objectContaining({ type: 'PAYPAL_BRAINTREE_ACCESS_TOKEN', score: 0.6 })]);
    const shippoTest = `shippo_test_${fakeChars('shippo-t', a.hex, 40)}`;
    expect(scanSecrets(shippoTest)).toEqual([expect.objectContaining({ type: 'SHIPPO_API_TOKEN', score: 0.6 })]);
  });

  it('ignores a Shopify token with non-hex characters or the wrong length', () => {
    expect(found(`shpat_${fakeChars('shp-bad', a.base62, 32).replace(/[0-9a-f]/g, 'z')}`)).toEqual([]);
    expect(found(`shpat_${fakeChars('shp-short', a.hex, 31)}`)).toEqual([]);
  });
});
