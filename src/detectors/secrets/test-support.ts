/** Helpers for the secrets tests: scan through the real engine and views, and describe findings compactly. */
import type { Finding } from '../../core/types.js';
import { createTextViews } from '../../text/views.js';
import { secretsDetector } from './index.js';

/** Runs the secrets detector over every view of `text`, as a guard would. */
export function scanSecrets(text: string): Finding[] {
  return secretsDetector.scan({ views: createTextViews(text), stage: 'input' }).findings;
}

/** `[type, covered text]` per finding, in order: readable, and exact about the span's content. */
export function found(text: string): Array<[string, string]> {
  return scanSecrets(text).map((finding) => [finding.type, text.slice(finding.start, finding.end)]);
}

/** The [start, end) of `secret`'s only occurrence in `text`. */
export function spanIn(text: string, secret: string): { start: number; end: number } {
  const start = text.indexOf(secret);
  if (start < 0 || text.indexOf(secret, start + 1) >= 0) throw new Error(`"${secret.slice(0, 20)}…" must occur exactly once in the text`);
  return { start, end: start + secret.length };
}
