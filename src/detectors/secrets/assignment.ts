/**
 * Builds patterns for secrets that are only recognizable by the name they are assigned to
 * (`DD_API_KEY=…`, `"heroku_api_key": "…"`, `cohere_key: …`), in env, YAML, JSON, INI and code.
 */

/** Key name continuation, closing quote or bracket, then `=`, `:`, `=>` or `:=` with spacing. */
export const assignmentOperator = String.raw`[A-Za-z0-9_.\-]{0,24}["'\]]{0,2}[ \t]{0,4}(?:=>|:=|=(?![=~])|:(?![:/]))[ \t]{0,4}["'\x60]?`;

/** Characters that may not directly follow a keyed value, so a longer run is not cut short. */
const valueEnd = String.raw`(?![A-Za-z0-9+/_\-])`;

/**
 * A case-insensitive pattern for `<key><name rest> <operator> <value>`; group 1 is the value.
 * `key` and `value` are regex sources without capturing groups.
 */
export function keyedValuePattern(key: string, value: string): RegExp {
  return new RegExp(`(?:${key})${assignmentOperator}(${value})${valueEnd}`, 'gi');
}

/** Case variants of each word (as written, lower, UPPER, Capitalized), for literal triggers. */
export function caseVariants(...words: string[]): string[] {
  const variants = words.flatMap((word) => [word, word.toLowerCase(), word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1).toLowerCase()]);
  return [...new Set(variants)];
}
