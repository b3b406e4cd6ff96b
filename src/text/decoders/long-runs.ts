/** A set of ASCII characters as a 128-entry membership table. */
export function asciiSet(characters: string): Uint8Array {
  const members = new Uint8Array(128);
  for (const character of characters) members[character.charCodeAt(0)] = 1;
  return members;
}

function isMember(members: Uint8Array, code: number): boolean {
  return code < 128 && members[code] === 1;
}

/**
 * Every maximal run of `members` characters at least `minLength` long, as flat [start, end, …]
 * pairs. Probes one position in every `minLength` (any such run must contain a probe) and grows
 * only around members, so it reads a fraction of ordinary text and each character at most twice.
 */
export function findLongRuns(text: string, members: Uint8Array, minLength: number): number[] {
  const runs: number[] = [];
  const length = text.length;
  let floor = 0;
  for (let probe = minLength - 1; probe < length; ) {
    if (!isMember(members, text.charCodeAt(probe))) {
      probe += minLength;
      continue;
    }
    let start = probe;
    while (start > floor && isMember(members, text.charCodeAt(start - 1))) start -= 1;
    let end = probe + 1;
    while (end < length && isMember(members, text.charCodeAt(end))) end += 1;
    if (end - start >= minLength) runs.push(start, end);
    floor = end;
    probe = end + minLength;
  }
  return runs;
}
