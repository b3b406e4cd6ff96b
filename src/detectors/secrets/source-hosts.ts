import { checksumScores, checksumVerdict } from './checksums.js';
import { defineSecretRule, type SecretRecognizer } from './define-secret-rule.js';

/** GitHub, GitLab, Bitbucket and Atlassian credentials. */
export const sourceHostRules: readonly SecretRecognizer[] = [
  defineSecretRule({
    id: 'github-token',
    type: 'GITHUB_TOKEN',
    format: 'ghp_ / gho_ / ghu_ / ghs_ / ghr_ + 30 base62 + 6 base62 CRC-32 checksum; 0.99 when the checksum verifies, else 0.6',
    pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9])/,
    triggers: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    score: checksumScores.valid,
    validate: ({ value }) => checksumVerdict(value),
  }),
  defineSecretRule({
    id: 'github-fine-grained-token',
    type: 'GITHUB_TOKEN',
    format: 'github_pat_ + 22 base62 + _ + 59 base62',
    pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9])/,
    triggers: ['github_pat_'],
    score: 0.97,
  }),
  defineSecretRule({
    id: 'gitlab-token',
    type: 'GITLAB_TOKEN',
    format: 'glpat- / gldt- / glrt- / glptt- / glft- / glimt- / glagent- / gloas- / glcbt- / glsoat- / glffct- + 20–80 base64url, optional routable .xx.yy parts',
    pattern: /(?<![A-Za-z0-9_-])(?:glpat|gldt|glrt|glptt|glft|glimt|glagent|gloas|glcbt|glsoat|glffct)-[A-Za-z0-9_-]{20,80}(?:\.[A-Za-z0-9_-]{2,40}){0,3}(?![A-Za-z0-9_-])/,
    triggers: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glft-', 'glimt-', 'glagent-', 'gloas-', 'glcbt-', 'glsoat-', 'glffct-'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'gitlab-runner-registration-token',
    type: 'GITLAB_TOKEN',
    format: 'GR1348941 + 20–40 base64url (runner registration token)',
    pattern: /(?<![A-Za-z0-9])GR1348941[A-Za-z0-9_-]{20,40}(?![A-Za-z0-9_-])/,
    triggers: ['GR1348941'],
    score: 0.9,
  }),
  defineSecretRule({
    id: 'bitbucket-app-password',
    type: 'BITBUCKET_APP_PASSWORD',
    format: 'ATBB + 32 letters or digits',
    pattern: /(?<![A-Za-z0-9])ATBB[A-Za-z0-9]{32}(?![A-Za-z0-9])/,
    triggers: ['ATBB'],
    score: 0.9,
  }),
  defineSecretRule({
    id: 'atlassian-api-token',
    type: 'ATLASSIAN_API_TOKEN',
    format: 'ATATT3 + 100–300 base64url / "=" characters (Jira, Confluence, Bitbucket API tokens)',
    pattern: /(?<![A-Za-z0-9_-])ATATT3[A-Za-z0-9_=-]{100,300}(?![A-Za-z0-9_=-])/,
    triggers: ['ATATT3'],
    score: 0.95,
  }),
];
