/** True for the UTF-16 code of an ASCII digit. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for the UTF-16 code of an ASCII letter. */
export function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True for an ASCII letter, digit or underscore: the characters that glue a token to its neighbour. */
export function isWordCode(code: number): boolean {
  return isDigitCode(code) || isLetterCode(code) || code === 95;
}

/** The ASCII digits of `value`, in order. */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/** True when every character of a non-empty string is the same. */
export function isOneRepeatedCharacter(value: string): boolean {
  if (value.length === 0) return false;
  const first = value.charCodeAt(0);
  for (let index = 1; index < value.length; index++) if (value.charCodeAt(index) !== first) return false;
  return true;
}

/** How many ASCII digits `value` contains. */
export function countDigits(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) if (isDigitCode(value.charCodeAt(index))) count++;
  return count;
}
