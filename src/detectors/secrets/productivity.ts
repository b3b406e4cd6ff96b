import { caseVariants, keyedValuePattern } from './assignment.js';
import { defineSecretRule, type SecretRecognizer } from './define-secret-rule.js';

/** Work-tool, database-as-a-service and mapping API credentials. */
export const productivityRules: readonly SecretRecognizer[] = [
  defineSecretRule({
    id: 'linear-api-key',
    type: 'LINEAR_API_KEY',
    format: 'lin_api_ (personal) / lin_oauth_ + 40–64 letters or digits',
    pattern: /(?<![A-Za-z0-9_])lin_(?:api|oauth)_[A-Za-z0-9]{40,64}(?![A-Za-z0-9])/,
    triggers: ['lin_api_', 'lin_oauth_'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'notion-token',
    type: 'NOTION_TOKEN',
    format: 'ntn_ + 11 digits + 35 letters or digits (0.95), or legacy secret_ + 43 letters or digits (0.7, +0.3 near "notion")',
    pattern: /(?<![A-Za-z0-9_])(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9])/,
    triggers: ['ntn_', 'secret_'],
    score: 0.95,
    validate: ({ value }) => (value.startsWith('secret_') ? 0.7 : true),
    context: ['notion'],
  }),
  defineSecretRule({
    id: 'airtable-token',
    type: 'AIRTABLE_TOKEN',
    format: 'pat + 14 letters or digits + "." + 64 hex (personal access token)',
    pattern: /(?<![A-Za-z0-9])pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![A-Za-z0-9])/,
    triggers: ['pat'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'algolia-api-key',
    type: 'ALGOLIA_API_KEY',
    format: '32 hex assigned to an algolia… key (admin and search keys look alike; severity high)',
    pattern: keyedValuePattern('algolia', '[a-f0-9]{32}'),
    triggers: caseVariants('algolia'),
    group: 1,
    score: 0.8,
    severity: 'high',
  }),
  defineSecretRule({
    id: 'postman-api-key',
    type: 'POSTMAN_API_KEY',
    format: 'PMAK- + 24 hex + "-" + 34 hex',
    pattern: /(?<![A-Za-z0-9_-])PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![A-Za-z0-9])/,
    triggers: ['PMAK-'],
    score: 0.97,
  }),
  defineSecretRule({
    id: 'supabase-token',
    type: 'SUPABASE_TOKEN',
    format: 'sbp_ + 40 hex (access token) or sb_secret_ + 31–64 base64url (secret API key)',
    pattern: /(?<![A-Za-z0-9_])(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,64})(?![A-Za-z0-9_-])/,
    triggers: ['sbp_', 'sb_secret_'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'mapbox-secret-token',
    type: 'MAPBOX_SECRET_TOKEN',
    format: 'sk.eyJ + base64url claims + "." + 20–40 base64url (secret scope; pk. public tokens are not reported)',
    pattern: /(?<![A-Za-z0-9_.-])sk\.eyJ[A-Za-z0-9_-]{40,400}\.[A-Za-z0-9_-]{20,40}(?![A-Za-z0-9_-])/,
    triggers: ['sk.eyJ'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'figma-token',
    type: 'FIGMA_TOKEN',
    format: 'figd_ + 30–60 base64url (personal access token)',
    pattern: /(?<![A-Za-z0-9_])figd_[A-Za-z0-9_-]{30,60}(?![A-Za-z0-9_-])/,
    triggers: ['figd_'],
    score: 0.9,
  }),
];
