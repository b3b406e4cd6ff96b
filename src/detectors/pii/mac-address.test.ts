import { describe, expect, it } from 'vitest';
import { mixedText } from '../../../scripts/bench/corpus.js';
import { expectKernelPositions, randomTexts } from '../../text/testing.js';
import { findMacAddresses, macAddressRecognizer, scriptAnchors } from './mac-address.js';

function found(text: string): [string, number][] {
  return findMacAddresses(text).map((match) => [text.slice(match.start, match.end), match.score]);
}

describe('mac-address recognizer', () => {
  it('finds colon, dash and Cisco forms with exact spans', () => {
    expect(findMacAddresses('link/ether 3c:22:fb:9a:01:7e brd ff:ff:ff:ff:ff:ff')).toEqual([
      { start: 11, end: 28, score: 0.7 },
      { start: 33, end: 50, score: 0.4 },
    ]);
    expect(found('{"bssid":"A4-5E-60-C1-22-0B"} switch port 0011.22ab.cdef.')).toEqual([
      ['A4-5E-60-C1-22-0B', 0.7],
      ['0011.22ab.cdef', 0.6],
    ]);
  });

  it('keeps the all-zero address and all-digit dotted groups below the threshold', () => {
    expect(found('default 00:00:00:00:00:00, part 1234.5678.9012')).toEqual([
      ['00:00:00:00:00:00', 0.3],
      ['1234.5678.9012', 0.35],
    ]);
  });

  it('rejects mixed separators, wrong octet counts, times and IPv6', () => {
    expect(found('3c:22-fb:9a:01:7e 3c:22:fb:9a:01 3c:22:fb:9a:01:7e:10 3c:22:fb:9a:01:7')).toEqual([]);
    expect(found('at 12:30:45 on 2024-01-15, ip 2001:db8::1 and fe80:0:0:0:1:2:3:4')).toEqual([]);
    expect(found('uuid 550e8400-e29b-41d4-a716-446655440000 and x3c:22:fb:9a:01:7e')).toEqual([]);
  });

  it('finishes on pathological input', () => {
    expect(findMacAddresses('aa:'.repeat(300_000))).toEqual([]);
    expect(findMacAddresses('a'.repeat(1_000_000))).toEqual([]);
    expect(findMacAddresses('0'.repeat(200_000))).toEqual([]);
  });

  it('declares its entity', () => {
    expect(macAddressRecognizer.entity).toBe('MAC_ADDRESS');
  });
});

describe('MAC anchors in the scan kernel', () => {
  it('are the starts of every match of the anchor regex', () => {
    const texts = [...randomTexts(19, 500), mixedText(20_000, 9), 'aa:bb:cc:dd:ee:ff 0a-1b-2c-3d-4e-5f abcd.ef01.2345 :0a:0b: -0a-0b- .0a0b.', ''];
    expectKernelPositions((kernel) => kernel.macAnchors, scriptAnchors, texts);
  });
});
