/** How far around a match context words are looked for, in UTF-16 code units. */
export const contextWindow = { before: 48, after: 24 } as const;
export const contextBoost = 0.3;

/**
 * Adjusts a score by context words near [start, end) in the original text: +boost when a
 * positive word is near, -boost when a negative one is (and no positive one), clamped to [0, 1].
 */
export function scoreWithContext(
  text: string,
  span: { start: number; end: number; score: number },
  words: { context?: readonly string[]; negativeContext?: readonly string[] },
): number {
  if (!words.context?.length && !words.negativeContext?.length) return span.score;
  const before = text.slice(Math.max(0, span.start - contextWindow.before), span.start).toLowerCase();
  const after = text.slice(span.end, span.end + contextWindow.after).toLowerCase();
  const near = `${before} ${after}`;
  if (words.context?.some((word) => containsWord(near, word))) return Math.min(1, span.score + contextBoost);
  if (words.negativeContext?.some((word) => containsWord(near, word))) return Math.max(0, span.score - contextBoost);
  return span.score;
}

function containsWord(haystack: string, word: string): boolean {
  let from = haystack.indexOf(word);
  while (from !== -1) {
    const before = from === 0 ? ' ' : haystack[from - 1]!;
    const after = haystack[from + word.length] ?? ' ';
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = haystack.indexOf(word, from + 1);
  }
  return false;
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}_]/u.test(char);
}
