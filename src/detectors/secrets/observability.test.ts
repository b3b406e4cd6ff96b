import { describe, expect, it } from 'vitest';
import { alphabets as a, fakeChars, found, scanSecrets, secretExamples } from './testing.js';

describe('New Relic and Datadog', () => {
  it('finds user, insert and license keys in a newrelic.yml', () => {
    const user = secretExamples['newrelic-api-key']!.secret;
    const insert = `NRII-${fakeChars('nrii', a.base64url, 32)}`;
    const license = secretExamples['newrelic-license-key']!.secret;
    expect(found(`common: &default\n  license_key: ${license}\n  api_key: ${user}\n  insert_key: ${insert}\n`)).toEqual([
      ['NEWRELIC_LICENSE_KEY', license],
      ['NEWRELIC_API_KEY', user],
      ['NEWRELIC_API_KEY', insert],
    ]);
  });

  it('finds Datadog API and application keys by name only', () => {
    const apiKey = secretExamples['datadog-api-key']!.secret;
    const appKey = fakeChars('dd-app', a.hex, 40);
    expect(found(`DD_API_KEY=${apiKey}\nDD_APP_KEY=${appKey}\nDD_SITE=datadoghq.eu\n`)).toEqual([
      ['DATADOG_API_KEY', apiKey],
      ['DATADOG_API_KEY', appKey],
    ]);
    expect(found(`checksum: ${apiKey}`)).toEqual([]);
  });
});

describe('Sentry and Grafana', () => {
  it('finds a DSN at medium severity and auth tokens at critical', () => {
    const { text, secret } = secretExamples['sentry-dsn']!;
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'SENTRY_DSN', severity: 'medium', score: 0.8 })]);
    expect(found(`Sentry.init({ dsn: "${secret}" });`)).toEqual([['SENTRY_DSN', secret]]);
    const user = `sntryu_${fakeChars('sntryu', a.hex, 64)}`;
    expect(scanSecrets(`SENTRY_AUTH_TOKEN=${user}`)).toEqual([expect.objectContaining({ type: 'SENTRY_AUTH_TOKEN', severity: 'critical' })]);
  });

  it('finds an organization auth token and Grafana tokens', () => {
    for (const id of ['sentry-auth-token', 'grafana-token']) {
      const { text, secret } = secretExamples[id]!;
      expect(found(text).map(([, value]) => value), id).toEqual([secret]);
    }
    const cloud = `glc_eyJ${fakeChars('glc', a.base64url, 80)}`;
    expect(found(`GRAFANA_CLOUD_TOKEN=${cloud}`)).toEqual([['GRAFANA_TOKEN', cloud]]);
  });

  it('ignores a self-hosted-looking DSN with a placeholder key', () => {
    expect(found('SENTRY_DSN=https://xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@o0.ingest.sentry.io/0')).toEqual([]);
  });
});
