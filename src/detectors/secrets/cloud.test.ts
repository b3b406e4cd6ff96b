import { describe, expect, it } from 'vitest';
import { cloudRules } from './cloud.js';
import { alphabets as a, fakeChars, fakePem, fakeUuid, found, scanSecrets, secretExamples, spanIn } from './testing.js';

const awsId = `AKIA${fakeChars('aws-ctx-id', a.upperAlnum, 16)}`;
const awsSecret = `${fakeChars('aws-ctx-secret', a.base64, 39)}Z`;

describe('AWS', () => {
  it('finds the key id and secret in an .env file with exact spans', () => {
    const text = `# prod\nAWS_ACCESS_KEY_ID=${awsId}\nAWS_SECRET_ACCESS_KEY=${awsSecret}\nAWS_REGION=eu-west-1\n`;
    const findings = scanSecrets(text);
    expect(findings.map((finding) => [finding.type, finding.start, finding.end])).toEqual([
      ['AWS_ACCESS_KEY_ID', ...Object.values(spanIn(text, awsId))],
      ['AWS_SECRET_ACCESS_KEY', ...Object.values(spanIn(text, awsSecret))],
    ]);
    expect(findings[0]!.score).toBeGreaterThanOrEqual(0.9);
    expect(findings[1]!.score).toBe(0.9);
  });

  it('finds them in ~/.aws/credentials INI and in a boto3 call', () => {
    expect(found(`[default]\naws_access_key_id = ${awsId}\naws_secret_access_key = ${awsSecret}\n`)).toEqual([
      ['AWS_ACCESS_KEY_ID', awsId],
      ['AWS_SECRET_ACCESS_KEY', awsSecret],
    ]);
    expect(found(`s3 = boto3.client("s3", aws_access_key_id="${awsId}", aws_secret_access_key="${awsSecret}")`)).toEqual([
      ['AWS_ACCESS_KEY_ID', awsId],
      ['AWS_SECRET_ACCESS_KEY', awsSecret],
    ]);
  });

  it('finds a session token', () => {
    const { text, secret } = secretExamples['aws-session-token']!;
    expect(found(text)).toEqual([['AWS_SESSION_TOKEN', secret]]);
  });

  it('ignores the documentation keys, wrong lengths, lower case and a sha1 assigned as a secret', () => {
    expect(found('aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual([]);
    expect(found(`id ${awsId.slice(0, 19)} and ${awsId}Q and ${awsId.toLowerCase()}`)).toEqual([]);
    expect(found('aws_secret_access_key = 3f2c1a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39')).toEqual([]);
    expect(found(`my_secret_access_key_hint = ${'A1b2'.repeat(10)}`)).toEqual([]);
  });
});

describe('Google Cloud', () => {
  it('finds a Gemini / Google AI key in JavaScript', () => {
    const key = `AIza${fakeChars('gemini', a.base64url, 35)}`;
    const text = `const genAI = new GoogleGenerativeAI("${key}");`;
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'GCP_API_KEY', ...spanIn(text, key), score: 0.95 })]);
    expect(found(`key=AIza${fakeChars('gemini', a.base64url, 34)}"`)).toEqual([]);
  });

  it('finds the key id and the private key of a service-account file, and nothing else in it', () => {
    const keyId = fakeChars('sa-key-id', a.hex, 40);
    const pem = fakePem('PRIVATE KEY', 'sa-pem').replace(/\n/g, '\\n');
    const json = JSON.stringify({
      type: 'service_account',
      project_id: 'demo-project',
      private_key_id: keyId,
      client_email: 'builder@demo-project.iam.gserviceaccount.com',
      client_id: '112233445566778899001',
      token_uri: 'https://oauth2.googleapis.com/token',
    }).replace('"client_email"', `"private_key":"${pem}\\n","client_email"`);
    const findings = found(json);
    expect(findings).toEqual([
      ['GCP_SERVICE_ACCOUNT_KEY', keyId],
      ['PRIVATE_KEY', pem],
    ]);
    expect(scanSecrets(json)[0]!.score).toBe(0.95);
  });

  it('scores a private_key_id without service-account context 0.7', () => {
    const keyId = fakeChars('sa-key-id-2', a.hex, 40);
    expect(scanSecrets(`{"private_key_id": "${keyId}"}`)).toEqual([expect.objectContaining({ type: 'GCP_SERVICE_ACCOUNT_KEY', score: 0.7 })]);
  });

  it('finds an OAuth client secret in client_secret.json and an access token in curl, once each', () => {
    const secret = `GOCSPX-${fakeChars('oauth-ctx', a.base64url, 28)}`;
    expect(found(`{"web":{"client_id":"1234-abc.apps.googleusercontent.com","client_secret":"${secret}"}}`)).toEqual([['GCP_OAUTH_CLIENT_SECRET', secret]]);
    const { text, secret: token } = secretExamples['gcp-oauth-access-token']!;
    expect(found(text)).toEqual([['GCP_OAUTH_TOKEN', token]]);
  });
});

describe('Azure', () => {
  it('reports a storage connection string as one finding, not also its key', () => {
    const { text, secret } = secretExamples['azure-connection-string']!;
    expect(found(text)).toEqual([['AZURE_CONNECTION_STRING', secret]]);
  });

  it('finds a Service Bus connection string', () => {
    const key = `${fakeChars('servicebus', a.base64, 43)}=`;
    const connection = `Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key}`;
    expect(found(`"ServiceBus": "${connection}"`)).toEqual([['AZURE_CONNECTION_STRING', connection]]);
  });

  it('finds a storage key in YAML and a client secret in .env', () => {
    const key = `${fakeChars('azure-yaml', a.base64, 86)}==`;
    expect(found(`storage:\n  azure_storage_account_key: "${key}"\n`)).toEqual([['AZURE_STORAGE_KEY', key]]);
    const { text, secret } = secretExamples['azure-client-secret']!;
    expect(found(`${text}\nAZURE_TENANT_ID=${fakeUuid('tenant')}`)).toEqual([['AZURE_CLIENT_SECRET', secret]]);
  });

  it('ignores a storage key of the wrong length and a Q~ in prose', () => {
    expect(found(`AccountKey=${fakeChars('azure-short', a.base64, 80)}==`)).toEqual([]);
    expect(found('press Q~ then quit')).toEqual([]);
  });
});

describe('Alibaba and Heroku', () => {
  it('finds an Alibaba key id, a Heroku API key by name and a Heroku platform token', () => {
    for (const id of ['alibaba-access-key-id', 'heroku-api-key', 'heroku-platform-token']) {
      const { text, secret } = secretExamples[id]!;
      expect(found(text), id).toEqual([[cloudRules.find((rule) => rule.id === id)!.entity, secret]]);
    }
  });

  it('ignores a UUID that is not assigned to a heroku key', () => {
    expect(found(`request_id=${fakeUuid('req')} user=${fakeUuid('user')}`)).toEqual([]);
    expect(found(`HEROKU_APP_ID: ${fakeUuid('app')}`)).toEqual([]);
  });
});

describe('keyed values in prose', () => {
  it('reads spaced key names and "is"', () => {
    const storage = `${fakeChars('azure-prose', a.base64, 86)}==`;
    expect(found(`The storage account key is ${storage}. Thanks`)).toEqual([['AZURE_STORAGE_KEY', storage]]);
    expect(found(`AWS SECRET ACCESS KEY: ${awsSecret}`)).toEqual([['AWS_SECRET_ACCESS_KEY', awsSecret]]);
    const dd = fakeChars('dd-prose', a.hex, 32);
    expect(found(`Datadog api key: ${dd}`)).toEqual([['DATADOG_API_KEY', dd]]);
  });
});
