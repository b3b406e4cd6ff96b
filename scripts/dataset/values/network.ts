import type { Random } from '../random.js';

const hex = '0123456789abcdef';

/** An IPv4 address from public, private and documentation ranges. */
export function randomIpv4(random: Random): string {
  const octet = (): number => random.int(0, 255);
  return random.weighted([
    [`${random.pick([23, 31, 45, 52, 64, 81, 91, 103, 145, 151, 185, 212, 217])}.${octet()}.${octet()}.${random.int(1, 254)}`, 5],
    [`10.${octet()}.${octet()}.${random.int(1, 254)}`, 2],
    [`192.168.${random.int(0, 20)}.${random.int(1, 254)}`, 2],
    [`172.${random.int(16, 31)}.${octet()}.${random.int(1, 254)}`, 1],
    [`${random.pick(['203.0.113', '198.51.100', '192.0.2'])}.${random.int(1, 254)}`, 1],
  ] as const);
}

function compressIpv6(groups: readonly string[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < groups.length; start += 1) {
    let length = 0;
    while (start + length < groups.length && groups[start + length] === '0') length += 1;
    if (length > bestLength) [bestStart, bestLength] = [start, length];
  }
  if (bestStart === -1) return groups.join(':');
  return `${groups.slice(0, bestStart).join(':')}::${groups.slice(bestStart + bestLength).join(':')}`;
}

/** An IPv6 address, usually compressed (RFC 5952), sometimes written in full or upper case. */
export function randomIpv6(random: Random): string {
  const prefix = random.pick([['2001', 'db8'], ['2a02', random.chars(hex, 4)], ['2607', 'f8b0'], ['2400', random.chars(hex, 3)], ['fe80', '0']]);
  const groups = [...prefix];
  while (groups.length < 8) groups.push(random.chance(0.3) ? '0' : random.chars(hex, random.int(1, 4)).replace(/^0+(?=.)/, ''));
  if (prefix[0] === 'fe80') groups.splice(2, 2, '0', '0');
  if (random.chance(0.15)) return groups.map((group) => group.padStart(4, '0')).join(':');
  const written = compressIpv6(groups);
  return random.chance(0.1) ? written.toUpperCase() : written;
}

export function randomIp(random: Random): string {
  return random.chance(0.72) ? randomIpv4(random) : randomIpv6(random);
}

/** A unicast MAC address in colon, dash or Cisco dotted notation. */
export function randomMac(random: Random): string {
  const bytes = Array.from({ length: 6 }, () => random.chars(hex, 2));
  bytes[0] = (Number.parseInt(bytes[0]!, 16) & 0xfc).toString(16).padStart(2, '0');
  const style = random.weighted([['colon', 6], ['dash', 2], ['dotted', 1]] as const);
  const upperCase = random.chance(0.5);
  const written = style === 'dotted' ? `${bytes[0]}${bytes[1]}.${bytes[2]}${bytes[3]}.${bytes[4]}${bytes[5]}` : bytes.join(style === 'colon' ? ':' : '-');
  return upperCase && style !== 'dotted' ? written.toUpperCase() : written;
}
