import type { Recognizer } from '../types.js';
import { createRecognizerDetector } from '../recognizer-detector.js';

/** Credential recognizers. */
export const secretRecognizers: readonly Recognizer[] = [];

export const secretsDetector = createRecognizerDetector({
  id: 'secrets',
  description: 'Credentials: cloud keys, source-host and chat tokens, LLM API keys, private keys, passwords.',
  recognizers: secretRecognizers,
  defaultSeverity: 'critical',
});
