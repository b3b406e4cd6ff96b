import { bech32 } from '@scure/base';
import { crc32, toBase62 } from '../checksums.js';
import type { GeneratedValue } from '../pieces.js';
import type { Random } from '../random.js';
import { companySlugs } from './contact.js';

const digits = '0123456789';
const lower = 'abcdefghijklmnopqrstuvwxyz';
const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const base62 = `${digits}${upper}${lower}`;
const base64url = `${base62}-_`;
const base64 = `${base62}+/`;
const hex = '0123456789abcdef';

/** Marks `inner` inside `whole` as the entity span. */
function within(whole: string, inner: string): GeneratedValue {
  const start = whole.indexOf(inner);
  if (start === -1) throw new Error('inner value not found');
  return { value: whole, span: [start, start + inner.length] };
}

function base64urlOf(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

export const awsAccessKeyId = (random: Random): string => `${random.pick(['AKIA', 'AKIA', 'ASIA'])}${random.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
export const awsSecretAccessKey = (random: Random): string => random.chars(base64, 40);
export const gcpApiKey = (random: Random): string => `AIzaSy${random.chars(base64url, 33)}`;

/** prefix + 30 base62 + base62(CRC-32 of those 30), the GitHub and npm token layout. */
export function crcToken(random: Random, prefix: string): string {
  const body = random.chars(base62, 30);
  return `${prefix}${body}${toBase62(crc32(body), 6)}`;
}

export const githubToken = (random: Random): string =>
  random.chance(0.8) ? crcToken(random, random.pick(['ghp_', 'ghp_', 'gho_', 'ghs_', 'ghu_'])) : `github_pat_${random.chars(base62, 22)}_${random.chars(base62, 59)}`;
export const gitlabToken = (random: Random): string => `glpat-${random.chars(base64url, 20)}`;
export const npmToken = (random: Random): string => crcToken(random, 'npm_');
export const slackToken = (random: Random): string =>
  random.chance(0.7)
    ? `xoxb-${random.digits(12)}-${random.digits(13)}-${random.chars(base62, 24)}`
    : `xoxp-${random.digits(12)}-${random.digits(12)}-${random.digits(13)}-${random.chars(hex, 32)}`;

/** A Slack incoming-webhook URL; it is also labelled URL as a whole. */
export function slackWebhookUrl(random: Random): GeneratedValue {
  const value = `https://hooks.slack.com/services/T${random.chars(`${upper}${digits}`, 9)}/B${random.chars(`${upper}${digits}`, 10)}/${random.chars(base62, 24)}`;
  return { value, also: [{ type: 'URL', start: 0, end: value.length }] };
}

/** A Discord bot token: base64 of an 18-digit user id, a 6-character timestamp, a 38-character HMAC. */
export const discordBotToken = (random: Random): string =>
  `${base64urlOf(`${random.int(1, 1)}${random.digits(17)}`)}.${random.chars(base64url, 6)}.${random.chars(base64url, 38)}`;
export const telegramBotToken = (random: Random): string => `${random.int(100000000, 7999999999)}:AA${random.chars(base64url, 33)}`;
export const stripeSecretKey = (random: Random): string => `sk_live_51${random.chars(base62, 97)}`;
export const stripeTestKey = (random: Random): string => `sk_test_51${random.chars(base62, 97)}`;
export const sendgridApiKey = (random: Random): string => `SG.${random.chars(base64url, 22)}.${random.chars(base64url, 43)}`;
export const twilioApiKey = (random: Random): string => `SK${random.chars(hex, 32)}`;
export const openaiApiKey = (random: Random): string =>
  random.chance(0.7) ? `sk-proj-${random.chars(base64url, 74)}T3BlbkFJ${random.chars(base64url, 74)}` : `sk-${random.chars(base62, 20)}T3BlbkFJ${random.chars(base62, 20)}`;
export const anthropicApiKey = (random: Random): string => `sk-ant-api03-${random.chars(base64url, 93)}AA`;
export const groqApiKey = (random: Random): string => `gsk_${random.chars(base62, 52)}`;
export const huggingfaceToken = (random: Random): string => `hf_${random.chars(`${upper}${lower}`, 34)}`;
export const digitaloceanToken = (random: Random): string => `dop_v1_${random.chars(hex, 64)}`;
export const pypiToken = (random: Random): string => `pypi-AgEIcHlwaS5vcmc${random.chars(base64url, random.int(140, 180))}`;
export const datadogApiKey = (random: Random): string => random.chars(hex, 32);

/** An Azure storage account key: 64 random bytes in base64 (86 characters and "=="). */
export const azureStorageKey = (random: Random): string => `${random.chars(base64, 86)}==`;

/** An Azure storage connection string (one secret; its AccountKey is not labelled again). */
export function azureConnectionString(random: Random): string {
  const account = `${random.pick(companySlugs).replace(/-/g, '')}${random.digits(2)}`.slice(0, 24);
  return `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${azureStorageKey(random)};EndpointSuffix=core.windows.net`;
}

/** A Sentry DSN (a URL too). */
export function sentryDsn(random: Random): GeneratedValue {
  const value = `https://${random.chars(hex, 32)}@o${random.digits(6)}.ingest.sentry.io/${random.digits(7)}`;
  return { value, also: [{ type: 'URL', start: 0, end: value.length }] };
}

/** An age X25519 secret key: bech32 of 32 bytes under "age-secret-key-", upper case. */
export function ageSecretKey(random: Random): string {
  const bytes = Uint8Array.from({ length: 32 }, () => random.int(0, 255));
  return bech32.encode('age-secret-key-', bech32.toWords(bytes), 120).toUpperCase();
}

export function jwt(random: Random): string {
  const header = base64urlOf(JSON.stringify(random.pick([{ alg: 'HS256', typ: 'JWT' }, { alg: 'RS256', typ: 'JWT', kid: random.chars(hex, 8) }])));
  const now = random.int(1_650_000_000, 1_760_000_000);
  const payload = base64urlOf(JSON.stringify({ sub: random.digits(8), iat: now, exp: now + 3600, scope: random.pick(['read', 'read write', 'admin']) }));
  return `${header}.${payload}.${random.chars(base64url, header.includes('IkhTMjU2') ? 43 : 342)}`;
}

function pemBody(random: Random, first: string, lineCount: number, width: number): string[] {
  const text = `${first}${random.chars(base64, lineCount * width - first.length - random.int(4, 30))}`;
  const lines: string[] = [];
  for (let at = 0; at < text.length; at += width) lines.push(text.slice(at, at + width));
  return lines;
}

/** A PEM private key, multi-line or with escaped "\n" as pasted into JSON and .env files. */
export function privateKey(random: Random): string {
  const [label, first, lineCount] = random.pick([
    ['RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA', 25],
    ['PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 26],
    ['EC PRIVATE KEY', 'MHcCAQEEI', 3],
  ] as const);
  const lines = [`-----BEGIN ${label}-----`, ...pemBody(random, first, lineCount, 64), `-----END ${label}-----`];
  return lines.join(random.chance(0.6) ? '\n' : '\\n');
}

export function sshPrivateKey(random: Random): string {
  const lines = ['-----BEGIN OPENSSH PRIVATE KEY-----', ...pemBody(random, 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 6, 70), '-----END OPENSSH PRIVATE KEY-----'];
  return lines.join('\n');
}

/** A password people actually choose: words with digits and symbols, or a random string. */
export function password(random: Random): string {
  return random.weighted([
    [`${random.pick(['Summer', 'Winter', 'Welcome', 'Dragon', 'Monkey', 'Sunshine', 'Football', 'Qwerty'])}${random.int(1, 2025)}${random.pick(['!', '#', '$', '', '?'])}`, 3],
    [`${random.pick(['correct', 'purple', 'river', 'tiger', 'copper'])}-${random.pick(['horse', 'battery', 'staple', 'lamp', 'cloud'])}-${random.int(10, 99)}`, 1],
    [random.chars(`${base62}!*-_.~`, random.int(12, 24)), 4],
  ] as const);
}

export function connectionStringPassword(random: Random): GeneratedValue {
  const secret = random.chars(`${base62}!*-_.~`, random.int(12, 24));
  const user = random.pick(['app', 'admin', 'svc_billing', 'readonly', 'postgres', 'root']);
  const host = random.pick(['db-prod.cluster-c9xk2.eu-west-1.rds.amazonaws.com', 'mongo-0.mongo.svc.cluster.local', 'localhost', 'pg.internal', 'cache.prod.local']);
  const scheme = random.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqp']);
  const whole =
    scheme === 'redis' ? `redis://:${secret}@${host}:6379/0` : scheme === 'mongodb+srv' ? `mongodb+srv://${user}:${secret}@${host}/app?retryWrites=true` : `${scheme}://${user}:${secret}@${host}:${random.pick(['5432', '3306', '5672'])}/${random.pick(['app', 'billing', 'crm'])}`;
  const start = whole.indexOf(`:${secret}@`) + 1;
  return { value: whole, span: [start, start + secret.length] };
}

/** An https URL with user:password; the password is the secret and the whole URL is a URL. */
export function basicAuthUrl(random: Random): GeneratedValue {
  const secret = random.chars(`${base62}-_.~`, random.int(12, 24));
  const whole = `https://${random.pick(['deploy', 'ci-bot', 'admin', 'jenkins'])}:${secret}@${random.pick(['git', 'artifacts', 'registry'])}.${random.pick(companySlugs)}.${random.pick(['com', 'io', 'dev'])}/${random.pick(['repo.git', 'simple/', 'v2/'])}`;
  const start = whole.indexOf(`:${secret}@`) + 1;
  return { value: whole, span: [start, start + secret.length], also: [{ type: 'URL', start: 0, end: whole.length }] };
}

export const genericApiKey = (random: Random): string => random.chars(base62, random.pick([32, 40, 48]));

/** "Bearer <opaque token>"; the token is the span. */
export function bearerToken(random: Random): GeneratedValue {
  const token = `${random.chars(base62, random.int(20, 30))}${random.digits(2)}${random.chars(`${base62}._-`, random.int(10, 30))}`;
  return within(`Bearer ${token}`, token);
}

/** "Basic base64(user:password)"; the base64 is the span. */
export function basicAuthHeader(random: Random): GeneratedValue {
  const encoded = Buffer.from(`${random.pick(['admin', 'api', 'svc-report', 'ops'])}:${password(random)}`).toString('base64');
  return within(`Basic ${encoded}`, encoded);
}
