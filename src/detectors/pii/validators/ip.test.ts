import { describe, expect, it } from 'vitest';
import { ipv6GroupCount, isIpv4, isIpv6 } from './ip.js';

describe('isIpv4', () => {
  it('accepts four octets 0-255', () => {
    expect(isIpv4('192.0.2.14')).toBe(true);
    expect(isIpv4('0.0.0.0')).toBe(true);
    expect(isIpv4('255.255.255.255')).toBe(true);
  });

  it('rejects out-of-range octets, leading zeros and wrong part counts', () => {
    expect(isIpv4('256.1.1.1')).toBe(false);
    expect(isIpv4('192.168.01.1')).toBe(false);
    expect(isIpv4('1.2.3')).toBe(false);
    expect(isIpv4('1.2.3.4.5')).toBe(false);
    expect(isIpv4('1.2.3.')).toBe(false);
    expect(isIpv4('.1.2.3')).toBe(false);
    expect(isIpv4('1..2.3')).toBe(false);
    expect(isIpv4('1.2.3.4 ')).toBe(false);
    expect(isIpv4('1.2.3.1000')).toBe(false);
    expect(isIpv4('00.1.1.1')).toBe(false);
  });
});

describe('ipv6GroupCount', () => {
  it('counts groups of full, compressed, IPv4-tailed and zoned addresses', () => {
    expect(ipv6GroupCount('2001:0db8:85a3:0000:0000:8a2e:0370:7334')).toBe(8);
    expect(ipv6GroupCount('2001:db8::8a2e:370:7334')).toBe(5);
    expect(ipv6GroupCount('::1')).toBe(1);
    expect(ipv6GroupCount('::')).toBe(0);
    expect(ipv6GroupCount('fe80::1%eth0')).toBe(2);
    expect(ipv6GroupCount('::ffff:192.0.2.128')).toBe(3);
    expect(ipv6GroupCount('64:ff9b:0:0:0:0:192.0.2.33')).toBe(8);
  });

  it('rejects times, MAC addresses, double "::", too many groups and bad tails', () => {
    expect(isIpv6('12:30:45')).toBe(false);
    expect(isIpv6('00:1a:2b:3c:4d:5e')).toBe(false);
    expect(isIpv6('2001::db8::1')).toBe(false);
    expect(isIpv6('1:2:3:4:5:6:7:8:9')).toBe(false);
    expect(isIpv6('1:2:3:4::5:6:7:8')).toBe(false);
    expect(isIpv6('12345::1')).toBe(false);
    expect(isIpv6('::1.2.3.4:5')).toBe(false);
    expect(isIpv6('fe80::1%')).toBe(false);
    expect(isIpv6(':1:2:3:4:5:6:7')).toBe(false);
  });
});
