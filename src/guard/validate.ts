import { VouchError } from '../core/errors.js';
import { scanKernel } from '../text/kernel.js';

/** ES2024 String#isWellFormed, native in Node 20; typed here because the project targets ES2023 lib. */
interface WellFormedCheck {
  isWellFormed(): boolean;
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Rejects what cannot be scanned faithfully: non-strings, text over the size limit, and text
 * with lone surrogates (which no encoder can represent, so spans would not survive a round trip).
 */
export function validateText(text: unknown, maxChars: number): asserts text is string {
  if (typeof text !== 'string') {
    throw new VouchError('VOUCH_INPUT_INVALID', `text must be a string, got ${describe(text)}`, {
      fix: 'Pass the message text as a string.',
    });
  }
  if (text.length > maxChars) {
    throw new VouchError('VOUCH_INPUT_TOO_LARGE', `text has ${text.length} characters, over the limit of ${maxChars}`, {
      fix: 'Split the input into smaller messages, or raise limits.maxInputChars in the policy.',
    });
  }
  const index = firstLoneSurrogate(text);
  if (index !== -1) {
    throw new VouchError('VOUCH_INPUT_INVALID', `text has a lone surrogate (U+${text.charCodeAt(index).toString(16).toUpperCase()}) at index ${index}`, {
      fix: 'Send well-formed Unicode: re-encode the source as UTF-8, or call text.toWellFormed() to replace lone surrogates with U+FFFD.',
    });
  }
}

/**
 * Index of the first lone surrogate, or -1: in the scan kernel when it is loaded (the text is then
 * in kernel memory for the scan that follows), else with String#isWellFormed and a regex.
 */
function firstLoneSurrogate(text: string): number {
  const kernel = scanKernel(text);
  if (kernel) return kernel.exports.firstLoneSurrogate(kernel.load(text), text.length);
  return (text as unknown as WellFormedCheck).isWellFormed() ? -1 : text.search(loneSurrogate);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
