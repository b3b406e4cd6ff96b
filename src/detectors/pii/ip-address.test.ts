import { describe, expect, it } from 'vitest';
import { mixedText } from '../../../scripts/bench/corpus.js';
import { useScanKernel } from '../../text/kernel.js';
import { expectKernelPositions, randomTexts } from '../../text/testing.js';
import { findIpAddresses, ipAddressRecognizer, ipv4Starts, ipv6AnchorColons, startsIpv6Colons } from './ip-address.js';

function found(text: string): [string, number][] {
  return findIpAddresses(text).map((match) => [text.slice(match.start, match.end), match.score]);
}

describe('ip-address recognizer', () => {
  it('finds IPv4 in logs, URLs and JSON with exact spans', () => {
    expect(findIpAddresses('GET /login from 203.0.113.42 took 12ms')).toEqual([{ start: 16, end: 28, score: 0.7 }]);
    expect(found('{"client":"198.51.100.7","proxy":"10.0.0.1:8080"} http://192.0.2.1/x 172.16.0.0/12.')).toEqual([
      ['198.51.100.7', 0.7],
      ['10.0.0.1', 0.7],
      ['192.0.2.1', 0.7],
      ['172.16.0.0', 0.7],
    ]);
    expect(found('bind 0.0.0.0 mask 255.255.255.255')).toEqual([
      ['0.0.0.0', 0.3],
      ['255.255.255.255', 0.3],
    ]);
  });

  it('finds full, compressed, IPv4-tailed and zoned IPv6 addresses', () => {
    expect(found('src=2001:db8:85a3:0:0:8a2e:370:7334 dst=[2001:db8::1]:443.')).toEqual([
      ['2001:db8:85a3:0:0:8a2e:370:7334', 0.75],
      ['2001:db8::1', 0.75],
    ]);
    expect(found('mapped ::ffff:192.0.2.128 link fe80::1ff:fe23:4567:890a%eth0, lo ::1.')).toEqual([
      ['::ffff:192.0.2.128', 0.75],
      ['192.0.2.128', 0.7],
      ['fe80::1ff:fe23:4567:890a%eth0', 0.75],
      ['::1', 0.45],
    ]);
  });

  it('rejects bad octets, leading zeros, longer dotted runs and versions glued to v', () => {
    expect(found('256.1.1.1 192.168.01.1 1.2.3.4.5 v1.2.3.4 2.5.4.3a 1.3.6.1.4.1.311')).toEqual([]);
  });

  it('rejects times, MAC addresses, code scopes and hashes as IPv6', () => {
    expect(found('at 12:30:45 and 2024-01-15T10:30:45Z')).toEqual([]);
    expect(found('mac 00:1a:2b:3c:4d:5e and 00-1A-2B-3C-4D-5E')).toEqual([]);
    expect(found('std::vector Foo::Bar and sha deadbeefcafe:beef')).toEqual([]);
    expect(found('uuid 550e8400-e29b-41d4-a716-446655440000')).toEqual([]);
  });

  it('keeps Python slices and short forms below the reporting threshold', () => {
    expect(found('items[1::2] and a::b')).toEqual([
      ['1::2', 0.45],
      ['a::b', 0.45],
    ]);
  });

  it('finishes on pathological input', () => {
    expect(findIpAddresses('1.'.repeat(500_000))).toEqual([]);
    expect(findIpAddresses(':'.repeat(1_000_000))).toEqual([]);
    expect(findIpAddresses('a:'.repeat(500_000))).toEqual([]);
    expect(findIpAddresses('9'.repeat(200_000))).toEqual([]);
  });

  it('declares negative context for version strings', () => {
    expect(ipAddressRecognizer.entity).toBe('IP_ADDRESS');
    expect(ipAddressRecognizer.negativeContext).toContain('version');
  });
});

describe('ipv4Starts', () => {
  it('gives the starts of four short digit runs joined by dots, overlapping ones included', () => {
    expect(ipv4Starts('ip 10.0.4.17 v1.2 1234.5 7. 8')).toEqual([3]);
    expect(ipv4Starts('ip 10.0.4.17 v1.2.3.4.5 1234.5.6.7')).toEqual([3, 14, 16]);
    expect(ipv4Starts('1.2.3 4.5.6.7777 8.9.10.11')).toEqual([17]);
    expect(ipv4Starts('1.2.3.4')).toEqual([0]);
  });
});

describe('startsIpv6Colons', () => {
  it('accepts a first colon followed by "::" or six colons after groups of up to four hex digits', () => {
    expect(startsIpv6Colons('fe80::1', 4)).toBe(true);
    expect(startsIpv6Colons('::1', 0)).toBe(true);
    expect(startsIpv6Colons('2001:db8:85a3:0:0:8a2e:370:7334', 4)).toBe(true);
    expect(startsIpv6Colons('2001:db8::1', 4)).toBe(true);
  });

  it('rejects times, key-value pairs, MAC addresses and groups of five hex digits', () => {
    expect(startsIpv6Colons('09:12:44.120', 2)).toBe(false);
    expect(startsIpv6Colons('"id":123456', 4)).toBe(false);
    expect(startsIpv6Colons('00:1a:2b:3c:4d:5e', 2)).toBe(false);
    expect(startsIpv6Colons('1:12345::1', 1)).toBe(false);
  });
});

describe('IPv6 anchor colons in the scan kernel', () => {
  const texts = [...randomTexts(23, 500), mixedText(20_000, 10), 'fe80::1%eth0 2001:db8:85a3::8a2e:370:7334 09:12:44 ::ffff:192.0.2.1 a:b:c:d:e:f:1', ''];

  it('are the colons the JavaScript reference picks', () => {
    expectKernelPositions((kernel) => kernel.ipv6Colons, ipv6AnchorColons, texts);
  });

  it('give the same addresses with the kernel on and off', () => {
    const withKernel = texts.map((text) => findIpAddresses(text));
    useScanKernel(false);
    try {
      expect(texts.map((text) => findIpAddresses(text))).toEqual(withKernel);
    } finally {
      useScanKernel(true);
    }
    expect(withKernel.flat().length).toBeGreaterThan(3);
  });
});
