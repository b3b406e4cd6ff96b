/** True for dotted-quad IPv4: four decimal octets 0–255 without leading zeros. */
export function isIpv4(value: string): boolean {
  let octets = 0;
  let octet = -1;
  let digits = 0;
  for (let index = 0; index <= value.length; index++) {
    const code = index < value.length ? value.charCodeAt(index) : 46;
    if (code === 46) {
      if (digits === 0 || octet > 255) return false;
      octets++;
      octet = -1;
      digits = 0;
    } else if (code >= 48 && code <= 57) {
      if (octet === 0 || digits === 3) return false;
      octet = (octet === -1 ? 0 : octet * 10) + code - 48;
      digits++;
    } else {
      return false;
    }
  }
  return octets === 4;
}

const hexGroupPattern = /^[0-9A-Fa-f]{1,4}$/;

/** Number of 16-bit groups a colon-separated run spells (an IPv4 tail counts as two), or -1. */
function countGroups(run: string, allowIpv4Tail: boolean): number {
  if (run === '') return 0;
  const groups = run.split(':');
  let count = 0;
  for (let index = 0; index < groups.length; index++) {
    const group = groups[index]!;
    if (hexGroupPattern.test(group)) count += 1;
    else if (allowIpv4Tail && index === groups.length - 1 && isIpv4(group)) count += 2;
    else return -1;
  }
  return count;
}

/**
 * The number of groups written out in a valid IPv6 address (full, "::"-compressed, with an
 * embedded IPv4 tail, optional "%zone"), or -1 when `value` is not one.
 */
export function ipv6GroupCount(value: string): number {
  const percent = value.indexOf('%');
  const address = percent === -1 ? value : value.slice(0, percent);
  if (percent !== -1 && !/^[0-9A-Za-z_.-]{1,16}$/.test(value.slice(percent + 1))) return -1;
  const compressed = address.indexOf('::');
  if (compressed === -1) {
    const count = countGroups(address, true);
    return count === 8 ? count : -1;
  }
  if (address.indexOf('::', compressed + 1) !== -1) return -1;
  const head = countGroups(address.slice(0, compressed), false);
  const tail = countGroups(address.slice(compressed + 2), true);
  if (head < 0 || tail < 0 || head + tail > 7) return -1;
  return head + tail;
}

/** True for a valid IPv6 address in any of its textual forms. */
export function isIpv6(value: string): boolean {
  return ipv6GroupCount(value) >= 0;
}
