import { caseVariants, keyNamesASecret, keyedValuePattern } from './assignment.js';
import { defineSecretRule, type SecretRecognizer, type SecretVerdict } from './define-secret-rule.js';
import { characterClasses } from './filters.js';

/** The base64 of "OpenAI", embedded in OpenAI keys. */
const openAiMarker = 'T3BlbkFJ';

/** Scores an sk-… candidate: marker 0.97, project/service/admin prefix 0.85, bare 40+ alnum 0.6, else dropped. */
export function openAiVerdict(value: string): SecretVerdict {
  if (value.includes(openAiMarker)) return 0.97;
  const prefix = /^sk-(?:proj|svcacct|admin|None)-/.exec(value)?.[0];
  if (prefix) return value.length - prefix.length >= 80 ? 0.85 : false;
  const body = value.slice('sk-'.length);
  return /^[A-Za-z0-9]{40,}$/.test(body) && characterClasses(body) === 3 ? 0.6 : false;
}

/** LLM and ML platform API keys. */
export const llmRules: readonly SecretRecognizer[] = [
  defineSecretRule({
    id: 'openai-api-key',
    type: 'OPENAI_API_KEY',
    format: 'sk-, sk-proj-, sk-svcacct-, sk-admin- + base64url; 0.97 with the T3BlbkFJ marker, 0.85 prefixed, 0.6 bare 40+ alnum',
    pattern: /(?<![A-Za-z0-9_-])sk-(?!ant-|or-v1-)(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{32,250}(?![A-Za-z0-9_-])/,
    triggers: ['sk-'],
    score: 0.97,
    validate: ({ value }) => openAiVerdict(value),
  }),
  defineSecretRule({
    id: 'anthropic-api-key',
    type: 'ANTHROPIC_API_KEY',
    format: 'sk-ant-api03- / admin01- / … + base64url; 0.99 for 93 characters + "AA", else 0.85',
    pattern: /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin|sid|oat|ort)[0-9]{2}-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])/,
    triggers: ['sk-ant-'],
    score: 0.85,
    validate: ({ value }) => (/-[A-Za-z0-9_-]{93}AA$/.test(value) ? 0.99 : true),
  }),
  defineSecretRule({
    id: 'groq-api-key',
    type: 'GROQ_API_KEY',
    format: 'gsk_ + 52 letters or digits',
    pattern: /(?<![A-Za-z0-9_])gsk_[A-Za-z0-9]{52}(?![A-Za-z0-9])/,
    triggers: ['gsk_'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'huggingface-token',
    type: 'HUGGINGFACE_TOKEN',
    format: 'hf_ (user) or api_org_ (organization) + 34 letters or digits',
    pattern: /(?<![A-Za-z0-9_])(?:hf_|api_org_)[A-Za-z0-9]{34}(?![A-Za-z0-9])/,
    triggers: ['hf_', 'api_org_'],
    score: 0.9,
  }),
  defineSecretRule({
    id: 'cohere-api-key',
    type: 'COHERE_API_KEY',
    format: '40 letters or digits assigned to a cohere… / CO_API_KEY key',
    pattern: keyedValuePattern('cohere|co_api_key', '[A-Za-z0-9]{40}'),
    triggers: caseVariants('cohere', 'co_api', 'co-api', 'co api', 'coapi'),
    group: 2,
    validate: keyNamesASecret,
    score: 0.85,
  }),
  defineSecretRule({
    id: 'replicate-api-token',
    type: 'REPLICATE_API_TOKEN',
    format: 'r8_ + 37 letters or digits',
    pattern: /(?<![A-Za-z0-9_])r8_[A-Za-z0-9]{37}(?![A-Za-z0-9])/,
    triggers: ['r8_'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'perplexity-api-key',
    type: 'PERPLEXITY_API_KEY',
    format: 'pplx- + 48 letters or digits',
    pattern: /(?<![A-Za-z0-9_-])pplx-[A-Za-z0-9]{48}(?![A-Za-z0-9])/,
    triggers: ['pplx-'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'xai-api-key',
    type: 'XAI_API_KEY',
    format: 'xai- + 80 letters or digits',
    pattern: /(?<![A-Za-z0-9_-])xai-[A-Za-z0-9]{80}(?![A-Za-z0-9])/,
    triggers: ['xai-'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'openrouter-api-key',
    type: 'OPENROUTER_API_KEY',
    format: 'sk-or-v1- + 64 hex',
    pattern: /(?<![A-Za-z0-9_-])sk-or-v1-[a-f0-9]{64}(?![A-Za-z0-9])/,
    triggers: ['sk-or-v1-'],
    score: 0.97,
  }),
  defineSecretRule({
    id: 'langsmith-api-key',
    type: 'LANGSMITH_API_KEY',
    format: 'lsv2_pt_ / lsv2_sk_ + 32 hex + _ + 10 hex',
    pattern: /(?<![A-Za-z0-9_])lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}(?![A-Za-z0-9])/,
    triggers: ['lsv2_'],
    score: 0.95,
  }),
];
