import type { Recognizer } from '../types.js';
import { createRecognizerDetector } from '../recognizer-detector.js';
import { chatRules } from './chat.js';
import { cloudRules } from './cloud.js';
import { createConnectionStringRules } from './connection-strings.js';
import type { SecretRecognizer } from './define-secret-rule.js';
import { emailSmsRules } from './email-sms.js';
import { createGenericRules } from './generic.js';
import { keyAndTokenRules } from './keys-and-tokens.js';
import { createKnownSecretCheck } from './known-secret.js';
import { llmRules } from './llm.js';
import { observabilityRules } from './observability.js';
import { opsRules } from './ops.js';
import { paymentRules } from './payments.js';
import { productivityRules } from './productivity.js';
import { registryRules } from './registries.js';
import { sourceHostRules } from './source-hosts.js';
import { createTriggerIndex, gateByTriggerIndex } from './trigger-index.js';

/** Rules for formats with a provider-specific shape. Add one: a defineSecretRule entry in its category file, with tests. */
export const formatSecretRules: readonly SecretRecognizer[] = [
  ...cloudRules,
  ...sourceHostRules,
  ...chatRules,
  ...paymentRules,
  ...emailSmsRules,
  ...llmRules,
  ...registryRules,
  ...opsRules,
  ...observabilityRules,
  ...productivityRules,
  ...keyAndTokenRules,
];

/** Read at scan time only, after `triggerIndex` and `secretGate` below exist. */
const isKnownSecret = createKnownSecretCheck(
  formatSecretRules,
  (text) => triggerIndex.occurrences(text),
  (text) => secretGate.candidates(text),
);

/**
 * Every secret rule: the format-specific ones, then URL passwords and assignment-based generic
 * rules, which run after them and defer to them (known-secret.ts).
 */
export const secretRules: readonly SecretRecognizer[] = [
  ...formatSecretRules,
  ...createConnectionStringRules(isKnownSecret),
  ...createGenericRules(isKnownSecret),
];

const triggerIndex = createTriggerIndex(secretRules.flatMap((rule) => rule.indexTriggers));

/** Every rule, driven by one shared trigger scan per view (see trigger-index.ts). */
const secretGate = gateByTriggerIndex(secretRules, triggerIndex);

/**
 * Credential recognizers as the engine runs them: called only on views where one of their
 * triggers occurs, and searching only near those occurrences.
 */
export const secretRecognizers: readonly Recognizer[] = secretGate.recognizers;

export const secretsDetector = createRecognizerDetector({
  id: 'secrets',
  description: 'Credentials: cloud keys, source-host and chat tokens, LLM API keys, private keys, passwords.',
  recognizers: secretRecognizers,
  defaultSeverity: 'critical',
  decoders: ['base64', 'hex', 'url'],
  prepare: secretGate.prepare,
});
