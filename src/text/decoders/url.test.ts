import { describe, expect, it } from 'vitest';
import { decodeUrlSegment, urlDecoder } from './url.js';

const decodeAll = (text: string, remaining = 1e6) => urlDecoder.decode(text, { remaining });

describe('urlDecoder', () => {
  it('decodes a segment with escapes and keeps its literal characters', () => {
    const text = 'go to https://x.test/?q=ignore%20all%20rules now';
    const [segment, ...rest] = decodeAll(text);
    expect(rest).toEqual([]);
    expect(segment?.text).toBe('https://x.test/?q=ignore all rules');
    expect([segment?.start, segment?.end]).toEqual([6, 44]);
  });

  it('maps each decoded character to its own escapes', () => {
    const text = 'a=%E2%82%AC5%21';
    const [segment] = decodeAll(text);
    expect(segment?.text).toBe('a=€5!');
    expect(segment?.map.map(2, 3)).toEqual([2, 11]);
    expect(segment?.map.map(3, 4)).toEqual([11, 12]);
    expect(segment?.map.map(4, 5)).toEqual([12, 15]);
    expect(segment?.map.map(0, 2)).toEqual([0, 2]);
  });

  it('needs at least two escapes', () => {
    expect(decodeAll('100%25 sure')).toEqual([]);
    expect(decodeAll('a%20b')).toEqual([]);
  });

  it('rejects invalid UTF-8 and control bytes', () => {
    expect(decodeAll('x=%C3%28%FF%FE')).toEqual([]);
    expect(decodeAll('%00%01%02%03')).toEqual([]);
  });

  it('treats a lone % or a bad escape as a literal', () => {
    expect(decodeUrlSegment('50%%20off%21', 0, 12)?.text).toBe('50% off!');
  });
});
