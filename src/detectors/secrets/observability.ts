import { caseVariants, keyNamesASecret, keyedValuePattern } from './assignment.js';
import { defineSecretRule, type SecretRecognizer } from './define-secret-rule.js';

/** Monitoring and error-tracking credentials. */
export const observabilityRules: readonly SecretRecognizer[] = [
  defineSecretRule({
    id: 'newrelic-api-key',
    type: 'NEWRELIC_API_KEY',
    format: 'NRAK- + 27 upper-case letters or digits (user key), NRII- + 32 base64url (insert key)',
    pattern: /(?<![A-Za-z0-9_-])(?:NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    triggers: ['NRAK-', 'NRII-'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'newrelic-license-key',
    type: 'NEWRELIC_LICENSE_KEY',
    format: '36 lower-case letters or digits + NRAL (ingest license key)',
    pattern: /NRAL(?<=(?<![A-Za-z0-9])([a-z0-9]{36}NRAL))(?![A-Za-z0-9])/,
    triggers: ['NRAL'],
    group: 1,
    score: 0.9,
  }),
  defineSecretRule({
    id: 'datadog-api-key',
    type: 'DATADOG_API_KEY',
    format: '32 hex (API key) or 40 hex (application key) assigned to a datadog… / DD_API… / DD_APP… key',
    pattern: keyedValuePattern('datadog|dd_?(?:api|app|client)_?(?:key|token)', '[a-f0-9]{40}|[a-f0-9]{32}'),
    triggers: ['atadog', 'ATADOG', ...caseVariants(...['api', 'app', 'client'].flatMap((word) => ['_', '-', ' ', ''].map((separator) => `dd${separator}${word}`))), 'ddApi', 'ddApp', 'ddClient'],
    triggerOffset: 1,
    group: 2,
    validate: keyNamesASecret,
    score: 0.85,
    columns: true,
  }),
  defineSecretRule({
    id: 'sentry-dsn',
    type: 'SENTRY_DSN',
    format: 'https://<32 hex public key>[:<32 hex secret>]@…sentry.io/<project id>; severity medium (client DSNs are semi-public)',
    pattern: /https:\/\/[a-f0-9]{32}(?::[a-f0-9]{32})?@(?:[a-z0-9-]{1,63}\.){0,4}sentry\.io\/[0-9]{1,20}(?![0-9])/,
    triggers: ['sentry.io/'],
    triggerOffset: 'https://'.length + 32 + ':'.length + 32 + '@'.length + 4 * 64,
    score: 0.8,
    severity: 'medium',
  }),
  defineSecretRule({
    id: 'sentry-auth-token',
    type: 'SENTRY_AUTH_TOKEN',
    format: 'sntrys_ + base64 JSON claims + _ + secret (organization token), or sntryu_ + 64 hex (user token)',
    pattern: /(?<![A-Za-z0-9_])(?:sntrys_eyJ[A-Za-z0-9+/=_-]{50,600}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_-])/,
    triggers: ['sntrys_', 'sntryu_'],
    score: 0.97,
  }),
  defineSecretRule({
    id: 'grafana-token',
    type: 'GRAFANA_TOKEN',
    format: 'glc_ + base64 JSON (Grafana Cloud token) or glsa_ + 32 letters or digits + _ + 8 hex (service-account token)',
    pattern: /(?<![A-Za-z0-9_])(?:glc_eyJ[A-Za-z0-9+/_-]{30,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9+/=_-])/,
    triggers: ['glc_', 'glsa_'],
    score: 0.95,
  }),
];
