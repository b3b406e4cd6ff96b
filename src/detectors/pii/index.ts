import type { Recognizer } from '../types.js';
import { createRecognizerDetector } from '../recognizer-detector.js';
import { nationalIdRecognizers } from './national/index.js';

/** Structured PII recognizers, one file each. Add a recognizer: one file, one test, one line here. */
export const piiRecognizers: readonly Recognizer[] = [
  ...nationalIdRecognizers,
];

/** Entities left off in the default policy while their measured precision is below 0.9. */
export const piiDefaultOff: readonly string[] = ['PERSON', 'LOCATION'];

export const piiDetector = createRecognizerDetector({
  id: 'pii',
  description: 'Personal data: contact details, payment cards, government identifiers, network ids, names and places.',
  recognizers: piiRecognizers,
  defaultOff: piiDefaultOff,
  defaultSeverity: 'high',
});
