import type { RecognizerMatch } from '../types.js';
import type { SecretRecognizer } from './define-secret-rule.js';

/** Whether a format-specific rule reports a secret overlapping [start, end) of `text`. */
export type KnownSecretCheck = (text: string, start: number, end: number) => boolean;

/** The literal triggers present in a text (a TriggerIndex's `present`). */
export type PresentTriggers = (text: string) => ReadonlySet<string>;

/**
 * Builds the check that generic rules (passwords, `api_key=`, URLs with credentials) use to step
 * aside when a format-specific rule already reports the same span under its precise type. It asks
 * each rule whose triggers are in the text for its matches on the whole text; those are memoized
 * per task, and the engine runs the format rules before the generic ones, so this costs a lookup.
 */
export function createKnownSecretCheck(rules: readonly SecretRecognizer[], present: PresentTriggers): KnownSecretCheck {
  return (text, start, end) => {
    const found = present(text);
    return rules.some(
      (rule) => (!rule.triggers || rule.triggers.some((trigger) => found.has(trigger))) && overlapsAny(rule.matches(text), start, end),
    );
  };
}

/** Binary search over matches in text order (they do not overlap): does any overlap [start, end)? */
function overlapsAny(matches: readonly RecognizerMatch[], start: number, end: number): boolean {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (matches[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  return low < matches.length && matches[low]!.start < end;
}
