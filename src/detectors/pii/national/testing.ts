import { VouchError } from '../../../core/errors.js';
import type { Finding } from '../../../core/types.js';
import { createTextViews } from '../../../text/views.js';
import { createRecognizerDetector } from '../../recognizer-detector.js';
import type { Recognizer } from '../../types.js';

/** Runs one recognizer through the detector engine at the input stage, as the tests of this folder do. */
export function scanWith(recognizer: Recognizer, text: string): Finding[] {
  const detector = createRecognizerDetector({ id: 'pii', description: 'test', recognizers: [recognizer] });
  return detector.scan({ views: createTextViews(text), stage: 'input' }).findings;
}

/** Type, span and score of each finding, the shape the tests assert on. */
export function spansOf(findings: readonly Finding[]): { type: string; start: number; end: number; score: number }[] {
  return findings.map(({ type, start, end, score }) => ({ type, start, end, score }));
}

/** Where `value` sits in `text`, as the span a finding for it must have. */
export function spanOf(text: string, value: string): { start: number; end: number } {
  const start = text.indexOf(value);
  if (start === -1) throw new VouchError('VOUCH_INPUT_INVALID', `"${value}" is not in the text`);
  return { start, end: start + value.length };
}

/** Milliseconds a scan of `text` takes, with its findings, for the pathological-input tests. */
export function timedScan(recognizer: Recognizer, text: string): { milliseconds: number; findings: Finding[] } {
  const started = performance.now();
  const findings = scanWith(recognizer, text);
  return { milliseconds: performance.now() - started, findings };
}
