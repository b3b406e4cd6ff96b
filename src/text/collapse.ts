import { composeMaps } from './offset-map.js';
import type { TextTransform } from './offset-map.js';
import { ViewBuilder } from './view-builder.js';

/** Two or more whitespace characters, or one that is not a plain space. */
const whitespaceRunPattern = /\s{2,}|[^\S ]/g;
/** Four or more single letters, each separated by one space, dot or dash ("i g n o r e"). */
const spacedLettersPattern = /(?<![\p{L}\p{N}])\p{L}(?:[ .-]\p{L}(?![\p{L}\p{N}])){3,}/gu;

/**
 * `text` with whitespace runs collapsed to one space and spaced-out letters joined
 * ("i g n o r e" → "ignore"); null when nothing changes.
 * @example collapseText('a  b\n\nc')?.text === 'a b c'
 */
export function collapseText(text: string): TextTransform | null {
  const spaced = collapseWhitespace(text);
  const joined = joinSpacedLetters(spaced?.text ?? text);
  if (spaced === null) return joined;
  if (joined === null) return spaced;
  return { text: joined.text, map: composeMaps(joined.map, spaced.map) };
}

/** Replaces every whitespace run by one space that maps to the whole run. */
export function collapseWhitespace(text: string): TextTransform | null {
  const builder = new ViewBuilder(text);
  let copied = 0;
  whitespaceRunPattern.lastIndex = 0;
  for (let match = whitespaceRunPattern.exec(text); match !== null; match = whitespaceRunPattern.exec(text)) {
    builder.copy(copied, match.index);
    copied = match.index + match[0].length;
    builder.emit(' ', match.index, copied);
  }
  builder.copy(copied, text.length);
  return builder.finish();
}

/** Drops the single separators between spaced-out letters; each one joins the letter after it. */
export function joinSpacedLetters(text: string): TextTransform | null {
  const builder = new ViewBuilder(text);
  let copied = 0;
  spacedLettersPattern.lastIndex = 0;
  for (let match = spacedLettersPattern.exec(text); match !== null; match = spacedLettersPattern.exec(text)) {
    builder.copy(copied, match.index);
    const end = match.index + match[0].length;
    for (let index = match.index; index < end; ) {
      const code = text.charCodeAt(index);
      const size = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      if (code === 0x20 || code === 0x2e || code === 0x2d) builder.remove(index, index + 1);
      else builder.copy(index, index + size);
      index += size;
    }
    copied = end;
  }
  builder.copy(copied, text.length);
  return builder.finish();
}
