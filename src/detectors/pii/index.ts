import type { Recognizer } from '../types.js';
import { createRecognizerDetector } from '../recognizer-detector.js';
import { creditCardRecognizer } from './credit-card.js';
import { cryptoRecognizer } from './crypto.js';
import { emailRecognizer } from './email.js';
import { ibanRecognizer } from './iban.js';
import { ipAddressRecognizer } from './ip-address.js';
import { macAddressRecognizer } from './mac-address.js';
import { nationalIdRecognizers } from './national/index.js';
import { locationRecognizer } from './location.js';
import { personRecognizer } from './person.js';
import { phoneRecognizer } from './phone.js';
import { urlRecognizer } from './url.js';
import { usSsnRecognizer } from './us-ssn.js';

/** Structured PII recognizers, one file each. Add a recognizer: one file, one test, one line here. */
export const piiRecognizers: readonly Recognizer[] = [
  emailRecognizer,
  phoneRecognizer,
  creditCardRecognizer,
  usSsnRecognizer,
  ibanRecognizer,
  ipAddressRecognizer,
  urlRecognizer,
  macAddressRecognizer,
  cryptoRecognizer,
  ...nationalIdRecognizers,
  personRecognizer,
  locationRecognizer,
];

/** Entities left off in the default policy while their measured precision is below 0.9. */
export const piiDefaultOff: readonly string[] = ['PERSON', 'LOCATION'];

export const piiDetector = createRecognizerDetector({
  id: 'pii',
  description: 'Personal data: contact details, payment cards, government identifiers, network ids, names and places.',
  recognizers: piiRecognizers,
  defaultOff: piiDefaultOff,
  defaultSeverity: 'high',
  // Encodings people and tools use to carry data; ROT13 is an obfuscation of prose, left to the
  // threat detectors, and reading it here would cost every scan a pass.
  decoders: ['base64', 'hex', 'url'],
});

export { createPhoneRecognizer, defaultPhoneRegions } from './phone.js';
