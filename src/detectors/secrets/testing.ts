/**
 * Test support for the secrets detector (left out of the build): made-up credentials of the right
 * shape, built deterministically from a seed (checksums computed here, nothing real), one positive
 * example per rule, and helpers that scan through the real engine and text views.
 */
import { bech32 } from '@scure/base';
import type { Finding } from '../../core/types.js';
import { createTextViews } from '../../text/views.js';
import { crc32, encodeBase62 } from './checksums.js';
import { secretsDetector } from './index.js';

export const alphabets = {
  base62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  hex: '0123456789abcdef',
  upperAlnum: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lowerAlnum: '0123456789abcdefghijklmnopqrstuvwxyz',
  base64url: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_',
  base64: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/',
  digits: '0123456789',
} as const;

function seedOf(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return hash >>> 0;
}

/** `length` characters from `alphabet`, the same for the same seed. */
export function fakeChars(seed: string, alphabet: string, length: number): string {
  let state = seedOf(seed);
  let result = '';
  for (let index = 0; index < length; index++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    result += alphabet[((mixed ^ (mixed >>> 14)) >>> 0) % alphabet.length];
  }
  return result;
}

/** A GitHub- or npm-style token with a correct (or, when `valid` is false, a wrong) CRC-32 checksum. */
export function fakeChecksummedToken(prefix: string, seed: string, valid = true): string {
  const random = fakeChars(seed, alphabets.base62, 30);
  const checksum = crc32(random);
  return `${prefix}${random}${encodeBase62(valid ? checksum : (checksum + 1) % 0x100000000, 6)}`;
}

/** An age X25519 secret key with a valid bech32 checksum. */
export function fakeAgeKey(seed: string): string {
  const bytes = Uint8Array.from(fakeChars(seed, alphabets.hex, 64).match(/../g)!.map((pair) => parseInt(pair, 16)));
  return bech32.encode('age-secret-key-', bech32.toWords(bytes), 120).toUpperCase();
}

/** base64url without padding. */
export function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** A signed-looking JWT: real JSON header and payload, random signature. */
export function fakeJwt(seed: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const payload = { sub: `user-${fakeChars(seed, alphabets.digits, 6)}`, iat: 1_700_000_000, scope: 'read write' };
  return `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(payload))}.${fakeChars(seed, alphabets.base64url, 43)}`;
}

/** A PEM block of `label` with a random base64 body in 64-character lines. */
export function fakePem(label: string, seed: string, bodyLength = 600): string {
  const body = fakeChars(seed, alphabets.base64, bodyLength).match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}

/** A string of fake-looking UUID shape. */
export function fakeUuid(seed: string): string {
  const hex = fakeChars(seed, alphabets.hex, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

// ---- scanning helpers ----

/** Runs the secrets detector over every view of `text`, as a guard would. */
export function scanSecrets(text: string): Finding[] {
  return secretsDetector.scan({ views: createTextViews(text), stage: 'input' }).findings;
}

/** `[type, covered text]` per finding, in order: readable, and exact about the span's content. */
export function found(text: string): Array<[string, string]> {
  return scanSecrets(text).map((finding) => [finding.type, text.slice(finding.start, finding.end)]);
}

/** The [start, end) of `secret`'s only occurrence in `text`. */
export function spanIn(text: string, secret: string): { start: number; end: number } {
  const start = text.indexOf(secret);
  if (start < 0 || text.indexOf(secret, start + 1) >= 0) throw new Error(`"${secret.slice(0, 20)}…" must occur exactly once in the text`);
  return { start, end: start + secret.length };
}

// ---- one positive example per rule ----

const a = alphabets;
const chars = fakeChars;

/** Where a secret appears (`text`) and the exact span a rule must report (`secret`). */
export interface SecretExample {
  text: string;
  secret: string;
}

function inline(secret: string, before = 'value: ', after = ''): SecretExample {
  return { text: `${before}${secret}${after}`, secret };
}

const storageKey = `${chars('azure-key', a.base64, 86)}==`;
const slackTail = chars('slack', a.base62, 24);
const putty = [
  'PuTTY-User-Key-File-3: ssh-ed25519',
  'Encryption: none',
  'Comment: eddsa-key-20240101',
  'Public-Lines: 2',
  chars('putty-pub', a.base64, 64),
  chars('putty-pub2', a.base64, 20),
  'Private-Lines: 1',
  chars('putty-priv', a.base64, 44),
  `Private-MAC: ${chars('putty-mac', a.hex, 64)}`,
].join('\n');

/** Positive examples, one per rule id. */
export const secretExamples: Readonly<Record<string, SecretExample>> = {
  'aws-access-key-id': inline(`AKIA${chars('aws-id', a.upperAlnum, 16)}`, 'aws_access_key_id = '),
  'aws-secret-access-key': inline(chars('aws-secret', a.base64, 40), 'aws_secret_access_key = '),
  'aws-session-token': inline(`IQoJb3JpZ2luX2Vj${chars('aws-session', a.base64, 300)}`, 'AWS_SESSION_TOKEN='),
  'gcp-api-key': inline(`AIza${chars('gcp-key', a.base64url, 35)}`, 'GOOGLE_API_KEY='),
  'gcp-service-account-key': {
    text: `{"type": "service_account", "project_id": "demo", "private_key_id": "${chars('gcp-sa', a.hex, 40)}"}`,
    secret: chars('gcp-sa', a.hex, 40),
  },
  'gcp-oauth-client-secret': inline(`GOCSPX-${chars('gcp-oauth', a.base64url, 28)}`, 'client_secret: '),
  'gcp-oauth-access-token': inline(`ya29.${chars('ya29', a.base64url, 120)}`, 'curl -H "Authorization: Bearer ', '"'),
  'azure-storage-key': inline(storageKey, 'AZURE_STORAGE_KEY='),
  'azure-connection-string': inline(`DefaultEndpointsProtocol=https;AccountName=demostore;AccountKey=${storageKey};EndpointSuffix=core.windows.net`, 'conn = "', '"'),
  'azure-client-secret': inline(`${chars('entra-a', a.base62, 3)}8Q~${chars('entra-b', a.base62, 31)}`, 'AZURE_CLIENT_SECRET='),
  'alibaba-access-key-id': inline(`LTAI${chars('alibaba', a.base62, 20)}`, 'access_key_id: '),
  'heroku-api-key': inline(fakeUuid('heroku'), 'HEROKU_API_KEY='),
  'heroku-platform-token': inline(`HRKU-${chars('hrku', a.base64url, 60)}`, 'heroku token '),
  'github-token': inline(fakeChecksummedToken('ghp_', 'github'), 'GITHUB_TOKEN='),
  'github-fine-grained-token': inline(`github_pat_${chars('gh-fg-a', a.base62, 22)}_${chars('gh-fg-b', a.base62, 59)}`, 'token: '),
  'gitlab-token': inline(`glpat-${chars('gitlab', a.base64url, 20)}`, 'GITLAB_TOKEN='),
  'gitlab-runner-registration-token': inline(`GR1348941${chars('gl-runner', a.base64url, 20)}`, 'registration-token: '),
  'bitbucket-app-password': inline(`ATBB${chars('bitbucket', a.base62, 32)}`, 'BITBUCKET_APP_PASSWORD='),
  'atlassian-api-token': inline(`ATATT3xFfGF0${chars('atlassian', a.base64url, 170)}=${chars('atl-crc', a.hex, 8).toUpperCase()}`, 'JIRA_API_TOKEN='),
  'slack-token': inline(`xoxb-${chars('slack-team', a.digits, 12)}-${chars('slack-bot', a.digits, 13)}-${slackTail}`, 'SLACK_BOT_TOKEN='),
  'slack-app-token': inline(`xapp-1-A${chars('xapp-id', a.upperAlnum, 10)}-${chars('xapp-n', a.digits, 13)}-${chars('xapp', a.hex, 64)}`, 'SLACK_APP_TOKEN='),
  'slack-webhook-url': inline(`https://hooks.slack.com/services/T${chars('sw-t', a.upperAlnum, 10)}/B${chars('sw-b', a.upperAlnum, 10)}/${chars('sw', a.base62, 24)}`, 'webhook: '),
  'discord-bot-token': inline(`${base64Url('123456789012345678')}.${chars('discord-ts', a.base64url, 6)}.${chars('discord', a.base64url, 38)}`, 'DISCORD_TOKEN='),
  'discord-webhook-url': inline(`https://discord.com/api/webhooks/${chars('dw-id', a.digits, 18)}/${chars('dw', a.base64url, 68)}`, 'url = '),
  'telegram-bot-token': inline(`${chars('tg-id', a.digits, 10)}:AA${chars('telegram', a.base64url, 33)}`, 'bot = Bot("', '")'),
  'teams-webhook-url': inline(
    `https://contoso.webhook.office.com/webhookb2/${fakeUuid('t1')}@${fakeUuid('t2')}/IncomingWebhook/${chars('teams', a.hex, 32)}/${fakeUuid('t3')}`,
    'TEAMS_WEBHOOK=',
  ),
  'stripe-secret-key': inline(`sk_live_${chars('stripe', a.base62, 99)}`, 'STRIPE_SECRET_KEY='),
  'stripe-test-key': inline(`sk_test_${chars('stripe-test', a.base62, 99)}`, 'stripe.api_key = "', '"'),
  'webhook-signing-secret': inline(`whsec_${chars('whsec', a.base64, 32)}`, 'STRIPE_WEBHOOK_SECRET='),
  'square-access-token': inline(`EAAA${chars('square', a.base64url, 60)}`, 'SQUARE_ACCESS_TOKEN='),
  'square-oauth-secret': inline(`sq0csp-${chars('square-oauth', a.base64url, 43)}`, 'oauth_secret: '),
  'braintree-access-token': inline(`access_token$production$${chars('bt-merchant', a.lowerAlnum, 16)}$${chars('bt', a.hex, 32)}`, 'BRAINTREE_TOKEN='),
  'shopify-access-token': inline(`shpat_${chars('shopify', a.hex, 32)}`, 'X-Shopify-Access-Token: '),
  'shippo-api-token': inline(`shippo_live_${chars('shippo', a.hex, 40)}`, 'SHIPPO_TOKEN='),
  'twilio-api-key': inline(`SK${chars('twilio-sk', a.hex, 32)}`, 'twilio api key: '),
  'twilio-account-sid': inline(`AC${chars('twilio-ac', a.hex, 32)}`, 'TWILIO_ACCOUNT_SID='),
  'twilio-auth-token': inline(chars('twilio-auth', a.hex, 32), 'TWILIO_AUTH_TOKEN='),
  'sendgrid-api-key': inline(`SG.${chars('sg-a', a.base64url, 22)}.${chars('sg-b', a.base64url, 43)}`, 'SENDGRID_API_KEY='),
  'mailgun-api-key': inline(`key-${chars('mailgun', a.hex, 32)}`, 'mailgun: '),
  'mailgun-private-key': inline(`${chars('mg-a', a.hex, 32)}-${chars('mg-b', a.hex, 8)}-${chars('mg-c', a.hex, 8)}`, 'MAILGUN_API_KEY='),
  'mailchimp-api-key': inline(`${chars('mailchimp', a.hex, 32)}-us21`, 'MAILCHIMP_KEY='),
  'brevo-api-key': inline(`xkeysib-${chars('brevo', a.hex, 64)}-${chars('brevo-b', a.base62, 16)}`, 'BREVO_API_KEY='),
  'openai-api-key': inline(`sk-proj-${chars('openai-a', a.base64url, 74)}T3BlbkFJ${chars('openai-b', a.base64url, 74)}`, 'OPENAI_API_KEY='),
  'anthropic-api-key': inline(`sk-ant-api03-${chars('anthropic', a.base64url, 93)}AA`, 'ANTHROPIC_API_KEY='),
  'groq-api-key': inline(`gsk_${chars('groq', a.base62, 52)}`, 'GROQ_API_KEY='),
  'huggingface-token': inline(`hf_${chars('hf', a.base62, 34)}`, 'HF_TOKEN='),
  'cohere-api-key': inline(chars('cohere', a.base62, 40), 'COHERE_API_KEY='),
  'replicate-api-token': inline(`r8_${chars('replicate', a.base62, 37)}`, 'REPLICATE_API_TOKEN='),
  'perplexity-api-key': inline(`pplx-${chars('pplx', a.base62, 48)}`, 'PERPLEXITY_API_KEY='),
  'xai-api-key': inline(`xai-${chars('xai', a.base62, 80)}`, 'XAI_API_KEY='),
  'openrouter-api-key': inline(`sk-or-v1-${chars('openrouter', a.hex, 64)}`, 'OPENROUTER_API_KEY='),
  'langsmith-api-key': inline(`lsv2_pt_${chars('ls-a', a.hex, 32)}_${chars('ls-b', a.hex, 10)}`, 'LANGSMITH_API_KEY='),
  'npm-token': inline(fakeChecksummedToken('npm_', 'npm'), '//registry.npmjs.org/:_authToken='),
  'pypi-token': inline(`pypi-AgEIcHlwaS5vcmc${chars('pypi', a.base64url, 160)}`, 'password = '),
  'nuget-api-key': inline(`oy2${chars('nuget', a.lowerAlnum, 43)}`, 'dotnet nuget push -k '),
  'rubygems-api-key': inline(`rubygems_${chars('rubygems', a.hex, 48)}`, 'GEM_HOST_API_KEY='),
  'dockerhub-token': inline(`dckr_pat_${chars('docker', a.base64url, 27)}`, 'docker login -u demo -p '),
  'crates-io-token': inline(`cio${chars('crates', a.base62, 32)}`, 'cargo login '),
  'digitalocean-token': inline(`dop_v1_${chars('do', a.hex, 64)}`, 'DIGITALOCEAN_TOKEN='),
  'vault-token': inline(`hvs.${chars('vault', a.base64url, 90)}`, 'VAULT_TOKEN='),
  'terraform-cloud-token': inline(`${chars('tfc-a', a.base62, 14)}.atlasv1.${chars('tfc-b', a.base64url, 67)}`, 'token = "', '"'),
  'pulumi-access-token': inline(`pul-${chars('pulumi', a.hex, 40)}`, 'PULUMI_ACCESS_TOKEN='),
  'doppler-token': inline(`dp.pt.${chars('doppler', a.base62, 43)}`, 'DOPPLER_TOKEN='),
  'databricks-token': inline(`dapi${chars('databricks', a.hex, 32)}`, 'DATABRICKS_TOKEN='),
  'cloudflare-api-token': inline(chars('cloudflare', a.base64url, 40), 'CLOUDFLARE_API_TOKEN='),
  'newrelic-api-key': inline(`NRAK-${chars('newrelic', a.upperAlnum, 27)}`, 'NEW_RELIC_API_KEY='),
  'newrelic-license-key': inline(`${chars('nral', a.lowerAlnum, 36)}NRAL`, 'license_key: '),
  'datadog-api-key': inline(chars('datadog', a.hex, 32), 'DD_API_KEY='),
  'sentry-dsn': inline(`https://${chars('sentry', a.hex, 32)}@o123456.ingest.sentry.io/4504000000000000`, 'SENTRY_DSN='),
  'sentry-auth-token': inline(`sntrys_${base64Url('{"iat":1700000000,"url":"https://sentry.io","org":"demo"}')}_${chars('sntrys', a.base64url, 43)}`, 'SENTRY_AUTH_TOKEN='),
  'grafana-token': inline(`glsa_${chars('grafana', a.base62, 32)}_${chars('grafana-crc', a.hex, 8)}`, 'GRAFANA_TOKEN='),
  'linear-api-key': inline(`lin_api_${chars('linear', a.base62, 40)}`, 'LINEAR_API_KEY='),
  'notion-token': inline(`ntn_${chars('notion-d', a.digits, 11)}${chars('notion', a.base62, 35)}`, 'NOTION_TOKEN='),
  'airtable-token': inline(`pat${chars('airtable-a', a.base62, 14)}.${chars('airtable-b', a.hex, 64)}`, 'AIRTABLE_TOKEN='),
  'algolia-api-key': inline(chars('algolia', a.hex, 32), 'ALGOLIA_ADMIN_KEY='),
  'postman-api-key': inline(`PMAK-${chars('pmak-a', a.hex, 24)}-${chars('pmak-b', a.hex, 34)}`, 'POSTMAN_API_KEY='),
  'supabase-token': inline(`sbp_${chars('supabase', a.hex, 40)}`, 'SUPABASE_ACCESS_TOKEN='),
  'mapbox-secret-token': inline(`sk.${base64Url('{"u":"demo-user","a":"ckdemo123"}')}.${chars('mapbox', a.base64url, 22)}`, 'MAPBOX_TOKEN='),
  'figma-token': inline(`figd_${chars('figma', a.base64url, 40)}`, 'FIGMA_TOKEN='),
  jwt: inline(fakeJwt('jwt'), 'Authorization: Bearer '),
  'private-key': inline(fakePem('RSA PRIVATE KEY', 'rsa'), 'key file:\n', '\n'),
  'ssh-private-key': inline(fakePem('OPENSSH PRIVATE KEY', 'openssh').replace('-----\n', `-----\nb3BlbnNzaC1rZXktdjE`), 'cat ~/.ssh/id_ed25519\n'),
  'putty-private-key': inline(putty, '', '\n'),
  'age-secret-key': inline(fakeAgeKey('age'), '# created: 2024-01-01\n', '\n'),
  'connection-string-password': { text: `DATABASE_URL=postgres://app:${chars('pg', a.base62, 18)}@db.internal:5432/app`, secret: chars('pg', a.base62, 18) },
  'basic-auth-url': { text: `git clone https://deploy:${chars('basic-url', a.base62, 16)}@git.example.org/repo.git`, secret: chars('basic-url', a.base62, 16) },
  'generic-password': inline('Tr0ub4dor&3horse', 'DB_PASSWORD='),
  'generic-api-key': inline(chars('generic-api', a.base62, 32), 'api_key: "', '"'),
  'bearer-token': inline(chars('bearer', a.base64url, 40), 'curl -H "Authorization: Bearer ', '" https://api.internal'),
  'basic-auth-header': inline(Buffer.from(`deploy:${chars('basic-hdr', a.base62, 14)}`).toString('base64'), 'Authorization: Basic '),
};
