import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';

/** The normalized text and the original span of each of its code units. */
function normalized(text: string): { text: string; spans: Array<[number, number]> } {
  const result = normalizeText(text);
  if (result === null) return { text, spans: Array.from({ length: text.length }, (_, unit): [number, number] => [unit, unit + 1]) };
  return { text: result.text, spans: Array.from({ length: result.text.length }, (_, unit) => result.map.map(unit, unit + 1)) };
}

describe('normalizeText', () => {
  it('leaves plain ASCII alone (null = identity)', () => {
    expect(normalizeText('Hello, world!\n\tTabs and CR\r too.')).toBeNull();
    expect(normalizeText('')).toBeNull();
  });

  it('folds fullwidth letters and digits through NFKC', () => {
    const result = normalized('Ｐａｙ １２３');
    expect(result.text).toBe('Pay 123');
    expect(result.spans).toEqual([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]]);
  });

  it('folds Cyrillic and Greek homoglyphs to Latin', () => {
    expect(normalized('раураl').text).toBe('paypal');
    expect(normalized('ΑΡΡLΕ').text).toBe('APPLE');
    expect(normalized('Миссия').text).toBe('Mиccия');
  });

  it('removes a zero-width character inside a word and attaches it to the next letter', () => {
    const result = normalized('pass\u200bword');
    expect(result.text).toBe('password');
    expect(result.spans[4]).toEqual([4, 6]);
    expect(normalizeText('pass\u200bword')?.map.map(0, 8)).toEqual([0, 9]);
  });

  it('removes bidi controls, soft hyphens, word joiners and variation selectors', () => {
    expect(normalized('\u202eevil\u202c \u2066x\u2069 ig\u00adnore \u2060a\u2063b ok\ufe0f').text).toBe('evil x ignore ab ok');
  });

  it('decodes Unicode tag characters to ASCII', () => {
    const hidden = [...'ignore'].map((character) => String.fromCodePoint(0xe0000 + character.charCodeAt(0))).join('');
    const result = normalized(`hi ${hidden}!`);
    expect(result.text).toBe('hi ignore!');
    expect(result.spans[3]).toEqual([3, 5]);
    expect(result.spans[8]).toEqual([13, 15]);
  });

  it('composes a base letter with its combining marks and maps the result to the whole cluster', () => {
    const result = normalized('cafe\u0301 ok');
    expect(result.text).toBe('café ok');
    expect(result.spans[3]).toEqual([3, 5]);
    expect(result.spans[4]).toEqual([5, 6]);
    expect(normalized('n\u0303a\u0308').text).toBe('ñä');
  });

  it('folds a look-alike base letter before recomposing it with its mark', () => {
    expect(normalized('\u0430\u0301').text).toBe('á');
  });

  it('folds decimal digits of other scripts to ASCII', () => {
    expect(normalized('٠١٢٣٤٥٦٧٨٩ ۴۵ १२३ ১৯ ๓').text).toBe('0123456789 45 123 19 3');
  });

  it('keeps emoji whole and maps spans around them correctly', () => {
    const text = '😀\u200bé😀x';
    const result = normalized(text);
    expect(result.text).toBe('😀é😀x');
    expect(result.spans).toEqual([[0, 2], [0, 2], [2, 4], [4, 6], [4, 6], [6, 7]]);
    expect(normalizeText(text)?.map.map(1, 2)).toEqual([0, 2]);
  });

  it('replaces lone surrogates by U+FFFD, one for one', () => {
    const result = normalized('a\ud800b\udc00c');
    expect(result.text).toBe('a\ufffdb\ufffdc');
    expect(result.spans).toEqual([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]);
    expect(normalized('\ud83d').text).toBe('\ufffd');
  });

  it('expands ligatures and keeps every unit inside the source character', () => {
    const result = normalized('ﬁne');
    expect(result.text).toBe('fine');
    expect(result.spans.slice(0, 2)).toEqual([[0, 1], [0, 1]]);
  });

  it('drops C0 and C1 control characters but keeps tab, line feed and carriage return', () => {
    expect(normalized('a\u0000b\u0007c\u0085d\t\r\n').text).toBe('abcd\t\r\n');
  });

  it('returns an empty view for text made only of invisible characters', () => {
    const result = normalizeText('\u200b\u200c\ufeff');
    expect(result?.text).toBe('');
    expect(result?.map.map(0, 0)).toEqual([0, 0]);
  });

  it('skips plain runs of every length around changed characters', () => {
    for (const before of [0, 1, 7, 8, 9, 40]) {
      for (const after of [0, 1, 7, 8, 9, 40]) {
        const text = `${'a'.repeat(before)}\u200bＸ${'b'.repeat(after)}\u0430${'c'.repeat(after)}`;
        const result = normalized(text);
        expect(result.text).toBe(`${'a'.repeat(before)}X${'b'.repeat(after)}a${'c'.repeat(after)}`);
        expect(result.spans[before]).toEqual([before, before + 2]);
        expect(result.spans[before + 1 + after]).toEqual([before + 2 + after, before + 3 + after]);
        expect(result.spans.at(-1)).toEqual([text.length - 1, text.length]);
      }
    }
  });

  it('keeps unchanged non-ASCII text between plain runs as copied ranges', () => {
    const text = 'Der Bericht für das Quartal, 请在周五之前，谢谢。 ok';
    const result = normalized(text);
    expect(result.text).toBe('Der Bericht für das Quartal, 请在周五之前,谢谢。 ok');
    expect(result.spans).toEqual(Array.from({ length: text.length }, (_, unit): [number, number] => [unit, unit + 1]));
  });
});
