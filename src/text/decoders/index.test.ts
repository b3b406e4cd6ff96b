import { describe, expect, it } from 'vitest';
import { decoders } from './index.js';

describe('decoders registry', () => {
  it('lists every decoder once under its view name', () => {
    expect(decoders.ids).toEqual(['base64', 'hex', 'url', 'rot13']);
  });

  it('gives every decoder an empty result on empty input and spans inside the text', () => {
    const text = `a ${Buffer.from('hello there, general').toString('base64')} b 68656c6c6f207468657265 c=%41%42 Gur raq.`;
    for (const decoder of decoders.units) {
      expect(decoder.decode('', { remaining: 100 })).toEqual([]);
      const segments = decoder.decode(text, { remaining: 1e6 });
      expect(segments.length, decoder.id).toBeGreaterThan(0);
      for (const segment of segments) {
        expect(0 <= segment.start && segment.start < segment.end && segment.end <= text.length).toBe(true);
        const [start, end] = segment.map.map(0, segment.text.length);
        expect(segment.start <= start && start < end && end <= segment.end).toBe(true);
      }
    }
  });
});
