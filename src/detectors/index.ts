import { createRegistry } from '../core/registry.js';
import { canaryDetector } from './canary/index.js';
import { contentSafetyDetector } from './content-safety/index.js';
import { piiDetector } from './pii/index.js';
import { promptInjectionDetector } from './prompt-injection/index.js';
import { secretsDetector } from './secrets/index.js';
import type { Detector } from './types.js';

/** Every detector family. Add one: a folder or file, a test, and one line here. */
export const detectors = createRegistry<Detector>('detector', [piiDetector, secretsDetector, promptInjectionDetector, contentSafetyDetector, canaryDetector]);

export type { Detector, Recognizer, RecognizerMatch, ScanRequest, Stage, TextSource } from './types.js';
