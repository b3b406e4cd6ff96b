/** Han, Hiragana and Katakana characters: scripts written without spaces, compared one character at a time. */
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Lowercased words: runs of letters, marks and digits (any script); each Han or kana character is
 * a word of its own.
 * @example
 * tokenize('Hello, World 42!'); // ['hello', 'world', '42']
 */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(unspacedScript, ' $& ')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

function counts(tokens: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const token of tokens) map.set(token, (map.get(token) ?? 0) + 1);
  return map;
}

function harmonic(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** SQuAD-style token F1 over bags of words: 1 when both are empty, 0 when only one is. */
export function tokenF1(candidate: readonly string[], reference: readonly string[]): number {
  if (candidate.length === 0 || reference.length === 0) return candidate.length === reference.length ? 1 : 0;
  const referenceCounts = counts(reference);
  let common = 0;
  for (const [token, count] of counts(candidate)) common += Math.min(count, referenceCounts.get(token) ?? 0);
  return harmonic(common / candidate.length, common / reference.length);
}

/** Length of the longest common subsequence of two token lists (two-row dynamic programming). */
export function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** ROUGE-L F-measure (β = 1) from the longest common subsequence. */
export function rougeL(candidate: readonly string[], reference: readonly string[]): number {
  if (candidate.length === 0 || reference.length === 0) return candidate.length === reference.length ? 1 : 0;
  const lcs = longestCommonSubsequence(candidate, reference);
  return harmonic(lcs / candidate.length, lcs / reference.length);
}
