import { isLetterCode } from './letters.js';
import { identityMap } from './offset-map.js';
import type { TextTransform } from './offset-map.js';
import { ViewBuilder } from './view-builder.js';

/** ASCII code → the letter it stands for in leetspeak (0 = none). */
const leetLetters = new Uint8Array(128);
for (const [symbol, letter] of Object.entries({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l' })) {
  leetLetters[symbol.charCodeAt(0)] = letter.charCodeAt(0);
}

/**
 * `text` lowercased, with leetspeak symbols replaced by letters inside words that contain at least
 * one letter ("p@$$w0rd" → "password", "2024" stays); null when nothing changes.
 * @example leetText('H3LL0 2024')?.text === 'hello 2024'
 */
export function leetText(text: string): TextTransform | null {
  const lowered = lowerCase(text);
  const base = lowered?.text ?? text;
  const substituted = substituteLeet(base);
  if (lowered === null && substituted === null) return null;
  return { text: substituted ?? base, map: lowered?.map ?? identityMap(text) };
}

function lowerCase(text: string): TextTransform | null {
  const lower = text.toLowerCase();
  if (lower === text) return null;
  if (lower.length === text.length) return { text: lower, map: identityMap(text) };
  const builder = new ViewBuilder(text);
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) ?? 0;
    const size = codePoint > 0xffff ? 2 : 1;
    const character = text.slice(index, index + size);
    const lowered = character.toLowerCase();
    if (lowered === character) builder.copy(index, index + size);
    else builder.emit(lowered, index, index + size);
    index += size;
  }
  return builder.finish();
}

function isWordCode(code: number): boolean {
  return (code < 0x80 && ((code >= 0x30 && code <= 0x39) || leetLetters[code] !== 0)) || isLetterCode(code);
}

/** Same-length rewrite of `text`, or null when no word needs it. */
function substituteLeet(text: string): string | null {
  const pieces: string[] = [];
  let copied = 0;
  let wordStart = -1;
  let hasLetter = false;
  let hasSymbol = false;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0x20;
    if (isWordCode(code)) {
      if (wordStart < 0) {
        wordStart = index;
        hasLetter = false;
        hasSymbol = false;
      }
      if (code < 0x80 && leetLetters[code] !== 0) hasSymbol = true;
      else if (isLetterCode(code)) hasLetter = true;
      continue;
    }
    if (wordStart >= 0 && hasLetter && hasSymbol) {
      const word = text.slice(wordStart, index);
      const replaced = substituteWord(word);
      if (replaced !== word) {
        pieces.push(text.slice(copied, wordStart), replaced);
        copied = index;
      }
    }
    wordStart = -1;
  }
  if (copied === 0) return null;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** Replaces the symbols of one word; a trailing "!" run stays punctuation ("hello!"). */
function substituteWord(word: string): string {
  let end = word.length;
  while (end > 0 && word.charCodeAt(end - 1) === 0x21) end -= 1;
  let result = '';
  for (let index = 0; index < end; index++) {
    const code = word.charCodeAt(index);
    const letter = code < 0x80 ? (leetLetters[code] ?? 0) : 0;
    result += letter === 0 ? word[index] : String.fromCharCode(letter);
  }
  return result + word.slice(end);
}
