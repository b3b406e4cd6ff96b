import { checksumScores, checksumVerdict } from './checksums.js';
import { defineSecretRule, type SecretRecognizer } from './define-secret-rule.js';

/** Package-registry publishing tokens. */
export const registryRules: readonly SecretRecognizer[] = [
  defineSecretRule({
    id: 'npm-token',
    type: 'NPM_TOKEN',
    format: 'npm_ + 30 base62 + 6 base62 CRC-32 checksum; 0.99 when the checksum verifies, else 0.6',
    pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/,
    triggers: ['npm_'],
    score: checksumScores.valid,
    validate: ({ value }) => checksumVerdict(value),
  }),
  defineSecretRule({
    id: 'pypi-token',
    type: 'PYPI_TOKEN',
    format: 'pypi- + base64 macaroon starting AgEIcHlwaS5vcmc (pypi.org) or AgENdGVzdC5weXBpLm9yZw (test.pypi.org, 0.7)',
    pattern: /(?<![A-Za-z0-9_-])pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}(?![A-Za-z0-9_-])/,
    triggers: ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'],
    score: 0.97,
    validate: ({ value }) => (value.startsWith('pypi-AgEN') ? 0.7 : true),
  }),
  defineSecretRule({
    id: 'nuget-api-key',
    type: 'NUGET_API_KEY',
    format: 'oy2 + 43 lower-case letters or digits',
    pattern: /(?<![A-Za-z0-9])oy2[a-z0-9]{43}(?![A-Za-z0-9])/,
    triggers: ['oy2'],
    score: 0.9,
  }),
  defineSecretRule({
    id: 'rubygems-api-key',
    type: 'RUBYGEMS_API_KEY',
    format: 'rubygems_ + 48 hex',
    pattern: /(?<![A-Za-z0-9_])rubygems_[a-f0-9]{48}(?![A-Za-z0-9])/,
    triggers: ['rubygems_'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'dockerhub-token',
    type: 'DOCKERHUB_PAT',
    format: 'dckr_pat_ (personal) / dckr_oat_ (organization) + 27–32 base64url',
    pattern: /(?<![A-Za-z0-9_])dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}(?![A-Za-z0-9_-])/,
    triggers: ['dckr_pat_', 'dckr_oat_'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'crates-io-token',
    type: 'CRATES_IO_TOKEN',
    format: 'cio + 32 letters or digits',
    pattern: /(?<![A-Za-z0-9])cio[A-Za-z0-9]{32}(?![A-Za-z0-9])/,
    triggers: ['cio'],
    score: 0.8,
    context: ['cargo', 'crates', 'token'],
  }),
];
