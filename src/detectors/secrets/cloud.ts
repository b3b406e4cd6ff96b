import { caseVariants, keyNamesASecret, keyedValuePattern } from './assignment.js';
import { defineSecretRule, type SecretRecognizer } from './define-secret-rule.js';
import { characterClasses, isHexDigest, shannonEntropy } from './filters.js';

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** True when the key at `start` follows "DefaultEndpointsProtocol=…;" on its line: azure-connection-string reports it whole. */
function isInsideAzureConnectionString(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 400), start);
  return /DefaultEndpointsProtocol=https?;[^\s"']*$/.test(before);
}

/** AWS, Google Cloud, Azure and Alibaba Cloud credentials. */
export const cloudRules: readonly SecretRecognizer[] = [
  defineSecretRule({
    id: 'aws-access-key-id',
    type: 'AWS_ACCESS_KEY_ID',
    format: 'AKIA / ASIA / ABIA / ACCA + 16 upper-case letters or digits',
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/,
    triggers: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    score: 0.9,
    context: ['aws', 'access', 'key'],
  }),
  defineSecretRule({
    id: 'aws-secret-access-key',
    type: 'AWS_SECRET_ACCESS_KEY',
    format: '40 base64 characters assigned to aws_secret… / secret_access_key (also spaced: "AWS secret access key:"); mixed case, high entropy, not a sha1',
    pattern: keyedValuePattern('aws_?secret|secret_?access_?key', '[A-Za-z0-9/+]{40}'),
    triggers: ['ecret', 'ECRET'],
    triggerOffset: 5,
    startCharacters: 'as',
    group: 2,
    score: 0.9,
    columns: true,
    validate: (candidate) => keyNamesASecret(candidate) && !isHexDigest(candidate.value) && characterClasses(candidate.value) >= 3 && shannonEntropy(candidate.value) >= 4,
  }),
  defineSecretRule({
    id: 'aws-session-token',
    type: 'AWS_SESSION_TOKEN',
    format: 'STS session token: base64 starting IQoJb3JpZ2luX2Vj or FwoGZXIvYXdzE, 100–2000 characters',
    pattern: /(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9+/]{100,2000}={0,2}/,
    triggers: ['IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE'],
    score: 0.9,
    severity: 'high',
  }),
  defineSecretRule({
    id: 'gcp-api-key',
    type: 'GCP_API_KEY',
    format: 'AIza + 35 base64url characters (Google Cloud, Maps, Gemini / Google AI Studio keys)',
    pattern: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/,
    triggers: ['AIza'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'gcp-service-account-key',
    type: 'GCP_SERVICE_ACCOUNT_KEY',
    format: 'service-account JSON: the 40-hex "private_key_id" value; 0.95 with "service_account" or gserviceaccount.com within 4 KB, else 0.7',
    pattern: /\\?"private_key_id\\?"[ \t]{0,4}:[ \t]{0,4}\\?"([0-9a-f]{40})\\?"/,
    triggers: ['private_key_id'],
    triggerOffset: 2,
    group: 1,
    score: 0.7,
    validate: ({ text, start, end }) => {
      const around = text.slice(Math.max(0, start - 4096), end + 4096);
      return around.includes('service_account') || around.includes('gserviceaccount.com') ? 0.95 : true;
    },
  }),
  defineSecretRule({
    id: 'gcp-oauth-client-secret',
    type: 'GCP_OAUTH_CLIENT_SECRET',
    format: 'GOCSPX- + 28 base64url characters',
    pattern: /(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/,
    triggers: ['GOCSPX-'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'gcp-oauth-access-token',
    type: 'GCP_OAUTH_TOKEN',
    format: 'ya29. + 30–1000 base64url characters (short-lived Google OAuth access token)',
    pattern: /(?<![A-Za-z0-9_.-])ya29\.[A-Za-z0-9_-]{30,1000}(?![A-Za-z0-9_-])/,
    triggers: ['ya29.'],
    score: 0.9,
    severity: 'high',
  }),
  defineSecretRule({
    id: 'azure-storage-key',
    type: 'AZURE_STORAGE_KEY',
    format: '86 base64 characters + "==" assigned to AccountKey / azure_storage_(account_)key, unless inside a full connection string',
    pattern: keyedValuePattern('AccountKey|azure_?storage_?(?:account_?)?key|storage_?account_?key', '[A-Za-z0-9+/]{86}=='),
    triggers: ['AccountKey', 'torage', 'TORAGE'],
    triggerOffset: 7,
    startCharacters: 'as',
    group: 2,
    validate: (candidate) => keyNamesASecret(candidate) && !isInsideAzureConnectionString(candidate.text, candidate.start),
    score: 0.9,
    columns: true,
  }),
  defineSecretRule({
    id: 'azure-connection-string',
    type: 'AZURE_CONNECTION_STRING',
    format: 'storage "DefaultEndpointsProtocol=…;AccountKey=<88 base64>" or Service Bus / Event Hubs "Endpoint=sb://…;SharedAccessKey=<44 base64>"; whole string',
    pattern: new RegExp(
      String.raw`DefaultEndpointsProtocol=https?;(?:[A-Za-z]{1,32}=[^;\s"']{1,256};){0,6}?AccountKey=[A-Za-z0-9+/]{86}==(?:;[A-Za-z]{1,32}=[^;\s"']{0,255}[^;\s"'.]){0,6}` +
        String.raw`|Endpoint=sb://[A-Za-z0-9.-]{1,200}/?;SharedAccessKeyName=[^;\s"']{1,256};SharedAccessKey=[A-Za-z0-9+/]{43}=(?:;EntityPath=[^;\s"']{1,256})?`,
    ),
    triggers: ['DefaultEndpointsProtocol=', 'Endpoint=sb://'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'azure-client-secret',
    type: 'AZURE_CLIENT_SECRET',
    format: 'Entra ID (Azure AD) app secret: 3 characters, a digit, "Q~", 31–34 characters',
    pattern: /Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])(?<=(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}))/,
    triggers: ['Q~'],
    group: 1,
    score: 0.85,
    context: ['azure', 'client', 'secret', 'entra'],
  }),
  defineSecretRule({
    id: 'alibaba-access-key-id',
    type: 'ALIBABA_ACCESS_KEY_ID',
    format: 'LTAI + 12–20 letters or digits',
    pattern: /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])/,
    triggers: ['LTAI'],
    score: 0.85,
    context: ['alibaba', 'aliyun', 'access'],
  }),
  defineSecretRule({
    id: 'heroku-api-key',
    type: 'HEROKU_API_KEY',
    format: 'a UUID assigned to a heroku… key (HEROKU_API_KEY=…)',
    pattern: keyedValuePattern('heroku', uuid),
    triggers: caseVariants('heroku'),
    group: 2,
    validate: keyNamesASecret,
    score: 0.85,
  }),
  defineSecretRule({
    id: 'heroku-platform-token',
    type: 'HEROKU_API_KEY',
    format: 'HRKU- + 20–100 base64url characters (newer Heroku platform tokens)',
    pattern: /(?<![A-Za-z0-9_-])HRKU-[A-Za-z0-9_-]{20,100}(?![A-Za-z0-9_-])/,
    triggers: ['HRKU-'],
    score: 0.85,
  }),
];
