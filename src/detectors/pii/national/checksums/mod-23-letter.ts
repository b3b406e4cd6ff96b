const controlLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';

/**
 * The Spanish DNI/NIE control letter of a number: the letter at `number mod 23` in the official table.
 * @example
 * spanishControlLetter(12345678); // 'Z'
 */
export function spanishControlLetter(number: number): string {
  return controlLetters[number % 23]!;
}
