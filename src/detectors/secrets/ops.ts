import { caseVariants, keyNamesASecret, keyedValuePattern } from './assignment.js';
import { defineSecretRule, type SecretRecognizer } from './define-secret-rule.js';

/** Infrastructure and secret-management credentials. */
export const opsRules: readonly SecretRecognizer[] = [
  defineSecretRule({
    id: 'digitalocean-token',
    type: 'DIGITALOCEAN_TOKEN',
    format: 'dop_v1_ (personal) / doo_v1_ (OAuth) / dor_v1_ (refresh) + 64 hex',
    pattern: /(?<![A-Za-z0-9_])do[por]_v1_[a-f0-9]{64}(?![A-Za-z0-9])/,
    triggers: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    score: 0.97,
  }),
  defineSecretRule({
    id: 'vault-token',
    type: 'VAULT_TOKEN',
    format: 'HashiCorp Vault hvs. (service) / hvb. (batch) / hvr. (recovery) + 24–250 base64url',
    pattern: /(?<![A-Za-z0-9_.-])hv[sbr]\.[A-Za-z0-9_-]{24,250}(?![A-Za-z0-9_-])/,
    triggers: ['hvs.', 'hvb.', 'hvr.'],
    score: 0.9,
  }),
  defineSecretRule({
    id: 'terraform-cloud-token',
    type: 'TERRAFORM_CLOUD_TOKEN',
    format: '14 letters or digits + ".atlasv1." + 60–70 base64url (HCP Terraform / Terraform Enterprise)',
    pattern: /\.atlasv1\.[A-Za-z0-9_-]{60,70}(?![A-Za-z0-9_-])(?<=(?<![A-Za-z0-9])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,70}))/,
    triggers: ['.atlasv1.'],
    group: 1,
    score: 0.97,
  }),
  defineSecretRule({
    id: 'pulumi-access-token',
    type: 'PULUMI_ACCESS_TOKEN',
    format: 'pul- + 40 hex',
    pattern: /(?<![A-Za-z0-9_-])pul-[a-f0-9]{40}(?![A-Za-z0-9])/,
    triggers: ['pul-'],
    score: 0.9,
  }),
  defineSecretRule({
    id: 'doppler-token',
    type: 'DOPPLER_TOKEN',
    format: 'dp.pt. / dp.st. / dp.sa. / dp.ct. / dp.scim. / dp.audit. + 40–44 letters or digits',
    pattern: /(?<![A-Za-z0-9_.-])dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9])/,
    triggers: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'databricks-token',
    type: 'DATABRICKS_TOKEN',
    format: 'dapi + 32 hex, optional "-<digit>"',
    pattern: /(?<![A-Za-z0-9])dapi[a-f0-9]{32}(?:-[0-9])?(?![A-Za-z0-9-])/,
    triggers: ['dapi'],
    score: 0.9,
  }),
  defineSecretRule({
    id: 'cloudflare-api-token',
    type: 'CLOUDFLARE_API_TOKEN',
    format: '40 base64url (API token) or 37 hex (global key) assigned to a cloudflare… / CF_API… key',
    pattern: keyedValuePattern('cloudflare|cf_?api', '[A-Za-z0-9_-]{40}|[a-f0-9]{37}'),
    triggers: [...caseVariants('cloudflare', 'cf_api', 'cf-api', 'cf api', 'cfapi'), 'cfApi'],
    group: 2,
    validate: keyNamesASecret,
    score: 0.85,
  }),
];
