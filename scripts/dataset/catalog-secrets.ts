import type { EntitySpec } from './catalog-types.js';
import * as make from './values/secrets.js';

/** Secrets are mostly pasted into code, config, logs and payloads, sometimes into chat. */
const kindWeights = { code: 3.5, json: 2, log: 1.5, message: 1, email: 0.6, document: 0.5, csv: 0.15 };
const noLogs = { ...kindWeights, log: 0, csv: 0 };
const weight = 2.2;

type SecretSpecInput = Pick<EntitySpec, 'type' | 'generate' | 'fields'> & { phrases: readonly string[]; kinds?: EntitySpec['kindWeights']; weight?: number };

function secret(input: SecretSpecInput): EntitySpec {
  return { type: input.type, weight: input.weight ?? weight, generate: input.generate, phrases: { en: input.phrases }, fields: input.fields, kindWeights: input.kinds ?? kindWeights };
}

/** Credentials, typed with the names the secrets detector (src/detectors/secrets) emits. */
export const secretSpecs: readonly EntitySpec[] = [
  secret({ type: 'AWS_ACCESS_KEY_ID', generate: make.awsAccessKeyId, phrases: ['the access key is {v}', 'aws_access_key_id = {v}', 'I rotated {v} this morning'], fields: ['aws_access_key_id', 'AWS_ACCESS_KEY_ID', 'accessKeyId'] }),
  secret({ type: 'AWS_SECRET_ACCESS_KEY', generate: make.awsSecretAccessKey, phrases: ['aws_secret_access_key = {v}', 'AWS_SECRET_ACCESS_KEY={v}'], fields: ['aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'secretAccessKey'] }),
  secret({ type: 'GCP_API_KEY', generate: make.gcpApiKey, phrases: ['our Maps key is {v}', 'GOOGLE_API_KEY={v}', 'the Gemini key {v} stopped working'], fields: ['google_api_key', 'GEMINI_API_KEY', 'mapsKey'] }),
  secret({ type: 'GITHUB_TOKEN', generate: make.githubToken, phrases: ['here is my GitHub token {v}', 'GITHUB_TOKEN={v}', 'the CI uses {v} to push tags'], fields: ['GITHUB_TOKEN', 'gh_token', 'github_pat'], weight: 2.9 }),
  secret({ type: 'GITLAB_TOKEN', generate: make.gitlabToken, phrases: ['GitLab token: {v}', 'GITLAB_TOKEN={v}'], fields: ['GITLAB_TOKEN', 'gitlab_token', 'ci_token'] }),
  secret({ type: 'NPM_TOKEN', generate: make.npmToken, phrases: ['//registry.npmjs.org/:_authToken={v}', 'NPM_TOKEN={v}'], fields: ['NPM_TOKEN', 'npm_auth_token'] }),
  secret({ type: 'SLACK_TOKEN', generate: make.slackToken, phrases: ['the bot token is {v}', 'SLACK_BOT_TOKEN={v}'], fields: ['SLACK_BOT_TOKEN', 'slack_token', 'botToken'] }),
  secret({ type: 'SLACK_WEBHOOK_URL', generate: make.slackWebhookUrl, phrases: ['post alerts to {v}', 'the webhook is {v}'], fields: ['SLACK_WEBHOOK_URL', 'webhook_url', 'alertWebhook'] }),
  secret({ type: 'DISCORD_BOT_TOKEN', generate: make.discordBotToken, phrases: ['DISCORD_TOKEN={v}', 'my discord bot token is {v}'], fields: ['DISCORD_TOKEN', 'discord_bot_token'] }),
  secret({ type: 'TELEGRAM_BOT_TOKEN', generate: make.telegramBotToken, phrases: ['the Telegram bot token is {v}', 'TELEGRAM_BOT_TOKEN={v}'], fields: ['TELEGRAM_BOT_TOKEN', 'telegram_token'] }),
  secret({ type: 'STRIPE_SECRET_KEY', generate: make.stripeSecretKey, phrases: ['the live Stripe key is {v}', 'STRIPE_SECRET_KEY={v}'], fields: ['STRIPE_SECRET_KEY', 'stripe_key', 'stripeSecret'], weight: 2.6 }),
  secret({ type: 'STRIPE_TEST_KEY', generate: make.stripeTestKey, phrases: ['use the test key {v}', 'STRIPE_SECRET_KEY={v}'], fields: ['STRIPE_TEST_KEY', 'stripe_test_secret'] }),
  secret({ type: 'SENDGRID_API_KEY', generate: make.sendgridApiKey, phrases: ['SENDGRID_API_KEY={v}', 'the mail key is {v}'], fields: ['SENDGRID_API_KEY', 'sendgrid_key'] }),
  secret({ type: 'TWILIO_API_KEY', generate: make.twilioApiKey, phrases: ['twilio API key {v}', 'TWILIO_API_KEY={v}'], fields: ['TWILIO_API_KEY', 'twilio_key_sid'] }),
  secret({ type: 'OPENAI_API_KEY', generate: make.openaiApiKey, phrases: ['my OpenAI key is {v}', 'OPENAI_API_KEY={v}', 'why does {v} return 401?'], fields: ['OPENAI_API_KEY', 'openai_api_key', 'openAiKey'], weight: 3.3 }),
  secret({ type: 'ANTHROPIC_API_KEY', generate: make.anthropicApiKey, phrases: ['ANTHROPIC_API_KEY={v}', 'the Claude key is {v}'], fields: ['ANTHROPIC_API_KEY', 'anthropic_key'], weight: 2.6 }),
  secret({ type: 'GROQ_API_KEY', generate: make.groqApiKey, phrases: ['GROQ_API_KEY={v}'], fields: ['GROQ_API_KEY', 'groq_key'] }),
  secret({ type: 'HUGGINGFACE_TOKEN', generate: make.huggingfaceToken, phrases: ['HF_TOKEN={v}', 'my Hugging Face token is {v}'], fields: ['HF_TOKEN', 'huggingface_token'] }),
  secret({ type: 'DIGITALOCEAN_TOKEN', generate: make.digitaloceanToken, phrases: ['DIGITALOCEAN_TOKEN={v}', 'doctl auth init -t {v}'], fields: ['DIGITALOCEAN_TOKEN', 'do_token'] }),
  secret({ type: 'PYPI_TOKEN', generate: make.pypiToken, phrases: ['twine upload -u __token__ -p {v} dist/*', 'PYPI_TOKEN={v}'], fields: ['PYPI_TOKEN', 'pypi_password'] }),
  secret({ type: 'DATADOG_API_KEY', generate: make.datadogApiKey, phrases: ['DD_API_KEY={v}', 'datadog_api_key: {v}'], fields: ['DD_API_KEY', 'datadog_api_key'] }),
  secret({ type: 'AZURE_CONNECTION_STRING', generate: make.azureConnectionString, phrases: ['the storage connection string is {v}', 'AZURE_STORAGE_CONNECTION_STRING={v}'], fields: ['AZURE_STORAGE_CONNECTION_STRING', 'storageConnection'] }),
  secret({ type: 'AZURE_STORAGE_KEY', generate: make.azureStorageKey, phrases: ['AZURE_STORAGE_KEY={v}', 'the storage account key is {v}'], fields: ['AZURE_STORAGE_KEY', 'azure_storage_account_key', 'storageAccountKey'] }),
  secret({ type: 'SENTRY_DSN', generate: make.sentryDsn, phrases: ['SENTRY_DSN={v}', 'Sentry is configured with {v}'], fields: ['SENTRY_DSN', 'sentry_dsn', 'dsn'] }),
  secret({ type: 'AGE_SECRET_KEY', generate: make.ageSecretKey, phrases: ['the age identity is {v}', '# age key: {v}'], fields: ['SOPS_AGE_KEY', 'age_key'] }),
  secret({ type: 'JWT', generate: make.jwt, phrases: ['the session token is {v}', 'my JWT {v} expired', 'cookie: session={v}'], fields: ['id_token', 'session_jwt', 'jwt'], weight: 2.9 }),
  secret({ type: 'PRIVATE_KEY', generate: make.privateKey, phrases: ['here is the key:\n{v}', 'the signing key is {v}'], fields: ['PRIVATE_KEY', 'private_key', 'signingKey'], kinds: noLogs, weight: 2.6 }),
  secret({ type: 'SSH_PRIVATE_KEY', generate: make.sshPrivateKey, phrases: ['my deploy key:\n{v}'], fields: ['SSH_PRIVATE_KEY', 'deploy_key'], kinds: noLogs }),
  secret({ type: 'CONNECTION_STRING_PASSWORD', generate: make.connectionStringPassword, phrases: ['the database URL is {v}', 'DATABASE_URL={v}', 'connect with {v}'], fields: ['DATABASE_URL', 'db_url', 'mongoUri', 'REDIS_URL'], weight: 3.3 }),
  secret({ type: 'BASIC_AUTH_URL', generate: make.basicAuthUrl, phrases: ['clone from {v}', 'the registry is {v}'], fields: ['REGISTRY_URL', 'git_remote', 'index_url'] }),
  secret({ type: 'GENERIC_PASSWORD', generate: make.password, phrases: ['my password is {v}', 'password: {v}', 'the wifi password is {v}', 'temporary password {v}, please change it', 'db_password={v}'], fields: ['password', 'DB_PASSWORD', 'admin_password', 'smtp_pass', 'passwd'], weight: 4.6 }),
  secret({ type: 'GENERIC_API_KEY', generate: make.genericApiKey, phrases: ['api_key={v}', 'the API key for the vendor portal is {v}', 'X-API-Key: {v}'], fields: ['api_key', 'apiKey', 'API_SECRET', 'client_secret', 'access_token'], weight: 3.7 }),
  secret({ type: 'BEARER_TOKEN', generate: make.bearerToken, phrases: ['Authorization: {v}', 'send the header "Authorization: {v}"'], fields: ['Authorization', 'auth_header'], weight: 2.6 }),
  secret({ type: 'BASIC_AUTH_HEADER', generate: make.basicAuthHeader, phrases: ['Authorization: {v}', 'add -H "Authorization: {v}"'], fields: ['Authorization', 'proxy_authorization'] }),
];
