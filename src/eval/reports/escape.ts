/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF). */
const forbiddenXmlCharacters = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Replaces every character XML 1.0 cannot hold with U+FFFD, so any parser accepts the text. */
export function replaceForbiddenXmlCharacters(text: string): string {
  return text.replace(forbiddenXmlCharacters, '\uFFFD');
}

/** Escapes text for XML or HTML element content and quoted attributes. */
export function escapeXml(text: string): string {
  return replaceForbiddenXmlCharacters(text).replace(/[&<>"']/g, (character) => xmlEntities[character] ?? character);
}

/** Escapes an attribute value, keeping tabs and line breaks (attribute normalization would turn them into spaces). */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/[\t\n\r]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** HTML needs the same escaping as XML for element content and quoted attributes. */
export const escapeHtml = escapeXml;

/**
 * Makes arbitrary text safe inside one Markdown table cell or line: whitespace runs become one
 * space, `&`, `<`, `>` become entities and Markdown punctuation (pipes included) is backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return replaceForbiddenXmlCharacters(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~#!]/g, (character) => `\\${character}`)
    .replace(/[&<>]/g, (character) => xmlEntities[character] ?? character);
}

/** Cuts text to at most `maxLength` code points, ending with "…" when it was cut. */
export function truncate(text: string, maxLength: number): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= maxLength) return text;
  return `${codePoints.slice(0, Math.max(0, maxLength - 1)).join('')}…`;
}
