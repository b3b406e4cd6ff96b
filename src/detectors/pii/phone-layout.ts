/** The first run of digits in `text` at or after `from`, with the offset just past it. */
function digitRunAt(text: string, from: number): { digits: string; end: number } {
  const found = /\d+/.exec(text.slice(from));
  if (!found) return { digits: '', end: text.length };
  return { digits: found[0], end: from + found.index + found[0].length };
}

/** The first digit group of a national number as written, skipping a lone trunk "0" (or "1" in NANP). */
function leadingGroup(text: string, callingCode: string): string {
  const first = digitRunAt(text, 0);
  if (first.digits === '0' || (callingCode === '1' && first.digits === '1')) return digitRunAt(text, first.end).digits;
  return first.digits;
}

function withoutTrunkZero(group: string): string {
  return group.startsWith('0') ? group.slice(1) : group;
}

/**
 * True when a separated national number sets apart its first group (area code or mobile prefix)
 * exactly as the region's own format does: "020 7946 0958" in GB, "(11) 4687-0122" in BR, but not
 * "344 968 1220" as a BR number, whose format is "(34) 4968-1220". Unseparated text passes.
 * Local habits that split differently ("0207 946 0958", Madrid "91 123 45 67") are missed.
 * @example
 * followsNationalLayout('0221/5152941', '0221 5152941', '49'); // true
 */
export function followsNationalLayout(written: string, formatted: string, callingCode: string): boolean {
  if (!/[ ()./-]/.test(written)) return true;
  const writtenGroup = withoutTrunkZero(leadingGroup(written, callingCode));
  const formattedGroup = withoutTrunkZero(leadingGroup(formatted, callingCode));
  return writtenGroup === formattedGroup;
}

/**
 * True for North American numbers in 555-0100 to 555-0199, the range reserved for fiction and
 * examples (any area code).
 * @example
 * isFictionalNanp('3125550123', '1'); // true
 */
export function isFictionalNanp(nationalNumber: string, callingCode: string): boolean {
  if (callingCode !== '1' || nationalNumber.length !== 10 || nationalNumber.slice(3, 6) !== '555') return false;
  return nationalNumber[6] === '0' && nationalNumber[7] === '1';
}

/** True when national digits as written ("3125550123", "13125550123") are in the fictional NANP range. */
export function isFictionalNanpDigits(digits: string): boolean {
  if (digits.length === 11 && digits.startsWith('1')) return isFictionalNanp(digits.slice(1), '1');
  return isFictionalNanp(digits, '1');
}
