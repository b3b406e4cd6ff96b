import { describe, expect, it } from 'vitest';
import { hashJson } from '../../core/hash.js';
import { hashItem, parseItemLine, splitJsonLines } from './item-line.js';
import { makeItem } from './testing/fixture.js';

describe('splitJsonLines', () => {
  it('numbers lines from 1, drops blank ones, a byte-order mark and carriage returns', () => {
    expect(splitJsonLines('\uFEFF{"a":1}\r\n\r\n  \n{"b":2}')).toEqual([
      { text: '{"a":1}', line: 1 },
      { text: '{"b":2}', line: 4 },
    ]);
  });
});

describe('parseItemLine and hashItem', () => {
  it('applies schema defaults before hashing', () => {
    const { lang: _lang, ...withoutLanguage } = makeItem();
    const item = parseItemLine(JSON.stringify(withoutLanguage), { source: 'x.jsonl', line: 1 });
    expect(item.lang).toBe('en');
    expect(hashItem(item)).toBe(hashJson(makeItem()));
    expect(hashItem(makeItem({ text: `${makeItem().text}!` }))).not.toBe(hashItem(item));
  });

  it('names the source, line and nested field of a problem', () => {
    const line = JSON.stringify({ ...makeItem(), category: { owasp: 'LLM01', harm: 'none', extra: true } });
    expect(() => parseItemLine(line, { source: 'in.jsonl', line: 7 })).toThrow(/^in\.jsonl:7: category\.extra: unknown field "extra"$/);
  });
});
