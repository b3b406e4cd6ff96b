import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeXml, escapeXmlAttribute, replaceForbiddenXmlCharacters, truncate } from './escape.js';

describe('escaping', () => {
  it('escapes XML markup and quotes', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  });

  it('replaces characters XML 1.0 forbids but keeps tab, line breaks, astral characters and paired surrogates', () => {
    expect(replaceForbiddenXmlCharacters('a\u0000b\u0008c\u000bd\u001fe\uFFFEf\uFFFF')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD');
    expect(replaceForbiddenXmlCharacters('lone \uD800 and \uDC00; pair 🚀; tab\tline\r\n')).toBe('lone \uFFFD and \uFFFD; pair 🚀; tab\tline\r\n');
  });

  it('keeps line breaks in attributes as character references', () => {
    expect(escapeXmlAttribute('one\ntwo\tthree\r')).toBe('one&#10;two&#9;three&#13;');
  });

  it('makes Markdown text one inert line', () => {
    expect(escapeMarkdown('  a | b\n\n<b>c</b> & *d* _e_ `f` [g](h) ~i~ \\ #1 !  ')).toBe('a \\| b &lt;b&gt;c&lt;/b&gt; &amp; \\*d\\* \\_e\\_ \\`f\\` \\[g\\](h) \\~i\\~ \\\\ \\#1 \\!');
  });

  it('truncates by code points without splitting surrogate pairs', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghij', 10)).toBe('abcdefghij');
    expect(truncate('abcdefghijk', 10)).toBe('abcdefghi…');
    expect(truncate('🚀🚀🚀🚀', 3)).toBe('🚀🚀…');
  });
});
