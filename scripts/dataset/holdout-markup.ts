/** A holdout record: the text with its markup removed and the labelled spans. */
export interface HoldoutRecord {
  id: string;
  kind: 'message';
  text: string;
  entities: { type: string; start: number; end: number }[];
  tags: string[];
}

/**
 * Parses holdout lines where entities are marked inline as [[TYPE:value]] (one record per line).
 * Throws on an unclosed marker or one without a type, naming the line.
 */
export function parseHoldout(source: string): HoldoutRecord[] {
  const lines = source.trim().split('\n');
  return lines.map((line, index) => {
    let text = '';
    const entities: HoldoutRecord['entities'] = [];
    let rest = line;
    for (;;) {
      const at = rest.indexOf('[[');
      if (at === -1) {
        text += rest;
        break;
      }
      text += rest.slice(0, at);
      const close = rest.indexOf(']]', at);
      const marker = close === -1 ? undefined : /^([A-Z_]+):(.+)$/s.exec(rest.slice(at + 2, close));
      if (!marker) throw new Error(`names-holdout.txt line ${index + 1}: a marker must read [[TYPE:value]]`);
      const [, type, value] = marker as unknown as [string, string, string];
      entities.push({ type, start: text.length, end: text.length + value.length });
      text += value;
      rest = rest.slice(close + 2);
    }
    return { id: `names-${String(index + 1).padStart(3, '0')}`, kind: 'message', text, entities, tags: [] };
  });
}
