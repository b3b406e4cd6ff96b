import { describe, expect, it } from 'vitest';
import { mixedText } from '../../../scripts/bench/corpus.js';
import { expectKernelPositions, randomTexts } from '../../text/testing.js';
import { findUrls, urlRecognizer, urlAnchorsInScript } from './url.js';

function found(text: string): [string, number][] {
  return findUrls(text).map((match) => [text.slice(match.start, match.end), match.score]);
}

describe('url recognizer', () => {
  it('finds scheme URLs and www hosts with exact spans', () => {
    expect(findUrls('See https://example.com/docs?page=2#top for details.')).toEqual([{ start: 4, end: 39, score: 0.8 }]);
    expect(found('{"homepage":"http://shop.example.org:8080/cart","mirror":"ftp://files.example.net/pub/"}')).toEqual([
      ['http://shop.example.org:8080/cart', 0.8],
      ['ftp://files.example.net/pub/', 0.8],
    ]);
    expect(found('Visit www.example.co.uk, or HTTPS://EXAMPLE.COM.')).toEqual([
      ['www.example.co.uk', 0.7],
      ['HTTPS://EXAMPLE.COM', 0.8],
    ]);
    expect(found('local http://localhost:3000/api and http://192.0.2.1/x and http://[2001:db8::1]:80/')).toEqual([
      ['http://localhost:3000/api', 0.8],
      ['http://192.0.2.1/x', 0.8],
      ['http://[2001:db8::1]:80/', 0.8],
    ]);
  });

  it('keeps balanced parentheses and trims unbalanced ones and trailing punctuation', () => {
    expect(found('(see https://en.wikipedia.org/wiki/Mercury_(planet)).')).toEqual([['https://en.wikipedia.org/wiki/Mercury_(planet)', 0.8]]);
    expect(found('[link](https://example.com/a_b) and "https://example.com/q?x=1",')).toEqual([
      ['https://example.com/a_b', 0.8],
      ['https://example.com/q?x=1', 0.8],
    ]);
    expect(found('Go to https://example.com/path!? Now')).toEqual([['https://example.com/path', 0.8]]);
  });

  it('rejects emails, bare schemes, hosts without a TLD and glued prefixes', () => {
    expect(found('mail bob@www.example.com or bob@example.com')).toEqual([]);
    expect(found('http:// and https://nohost and www.nodot and www.')).toEqual([]);
    expect(found('xhttps://example.com and api.www.example.com')).toEqual([]);
  });

  it('bounds the length of a very long URL', () => {
    const text = `https://example.com/${'a'.repeat(5000)}`;
    const [match] = findUrls(text);
    expect(match).toEqual({ start: 0, end: 2048, score: 0.8 });
  });

  it('finishes on pathological input', () => {
    expect(findUrls('www.'.repeat(250_000))).toEqual([]);
    expect(findUrls('http://'.repeat(150_000))).toEqual([]);
    expect(findUrls('('.repeat(1_000_000))).toEqual([]);
    expect(findUrls('(www.a/'.repeat(150_000))).toEqual([]);
    expect(findUrls(`,http://${'a'.repeat(400)}`.repeat(2_500))).toEqual([]);
    expect(findUrls(`https://a.io/${')'.repeat(1_000)}`)).toEqual([{ start: 0, end: 13, score: 0.8 }]);
  });

  it('declares its triggers', () => {
    expect(urlRecognizer.entity).toBe('URL');
    expect(urlRecognizer.triggers).toContain('://');
  });
});

describe('URL anchors in the scan kernel', () => {
  it('are the starts of every "://" and "www." (any case)', () => {
    const texts = [...randomTexts(31, 300), mixedText(20_000, 12), 'see https://a.example/x, WWW.B.example, wwww.c.example, ftp:/// and Www.d.org', ''];
    expectKernelPositions((kernel) => kernel.urlAnchors, urlAnchorsInScript, texts);
  });
});
