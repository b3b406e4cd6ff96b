/**
 * Sums each digit of `digits` times the weight at the same position; weights shorter than the
 * digits leave the remaining digits out.
 * @example
 * weightedDigitSum('123', [3, 2, 1]); // 3 + 4 + 3 = 10
 */
export function weightedDigitSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  const length = Math.min(digits.length, weights.length);
  for (let index = 0; index < length; index++) {
    sum += (digits.charCodeAt(index) - 48) * weights[index]!;
  }
  return sum;
}

/** True when every character of `text` is the same (e.g. "00000000000"), a common placeholder. */
export function isOneRepeatedCharacter(text: string): boolean {
  for (let index = 1; index < text.length; index++) {
    if (text[index] !== text[0]) return false;
  }
  return true;
}
