/** A parsed XML element (for tests): decoded attributes, child elements and decoded text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const tagPattern = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>/y;
const attributePattern = /([A-Za-z_][\w:.-]*)="([^"<]*)"/g;
const entityPattern = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (/&(?!(?:#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`bare "&" in ${JSON.stringify(text)}`);
  return text.replace(entityPattern, (_, decimal: string | undefined, hex: string | undefined, name: string | undefined) =>
    name !== undefined ? (named[name] ?? '') : String.fromCodePoint(decimal !== undefined ? Number(decimal) : parseInt(hex ?? '0', 16)),
  );
}

/** A strict little XML parser for tests: throws on stray "<", bare "&", mismatched tags or forbidden characters. */
export function parseXml(xml: string): XmlElement {
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) throw new Error('character XML 1.0 forbids');
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let position = 0;
  while (position < body.length) {
    const next = body.indexOf('<', position);
    const text = body.slice(position, next === -1 ? body.length : next);
    const current = stack[stack.length - 1] as XmlElement;
    current.text += decode(text);
    if (next === -1) break;
    tagPattern.lastIndex = next;
    const match = tagPattern.exec(body);
    if (match === null) throw new Error(`malformed tag at ${next}: ${body.slice(next, next + 40)}`);
    const [whole, closing, name = '', attributeText = '', selfClosing] = match;
    position = next + whole.length;
    if (closing === '/') {
      if (stack.pop()?.name !== name || stack.length === 0) throw new Error(`mismatched </${name}>`);
      continue;
    }
    const attributes = Object.fromEntries([...attributeText.matchAll(attributePattern)].map(([, key = '', value = '']) => [key, decode(value)]));
    const element: XmlElement = { name, attributes, children: [], text: '' };
    current.children.push(element);
    if (selfClosing !== '/') stack.push(element);
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('unclosed elements or several roots');
  return root.children[0] as XmlElement;
}

/** Every descendant element with this name, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...findAll(child, name)]);
}
