import type { Recognizer } from '../types.js';

/** Whether a format-specific rule reports a secret overlapping [start, end) of `text`. */
export type KnownSecretCheck = (text: string, start: number, end: number) => boolean;

/** How far around a candidate the specific rules look, so keyed formats see their key name. */
const windowBefore = 256;
const windowAfter = 16;

function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds the check that generic rules (passwords, `api_key=`, URLs with credentials) use to step
 * aside when a format-specific rule already reports the same value under its precise type.
 */
export function createKnownSecretCheck(recognizers: readonly Recognizer[]): KnownSecretCheck {
  const triggers = recognizers.flatMap((recognizer) => recognizer.triggers ?? []);
  const anyTrigger = new RegExp(triggers.map(escapeRegex).join('|'));
  const untriggered = recognizers.filter((recognizer) => !recognizer.triggers?.length);
  return (text, start, end) => {
    const from = Math.max(0, start - windowBefore);
    const window = text.slice(from, Math.min(text.length, end + windowAfter));
    const candidates = anyTrigger.test(window)
      ? recognizers.filter((recognizer) => !recognizer.triggers || recognizer.triggers.some((trigger) => window.includes(trigger)))
      : untriggered;
    return candidates.some((recognizer) =>
      recognizer.recognize(window).some((match) => match.start < end - from && start - from < match.end),
    );
  };
}
