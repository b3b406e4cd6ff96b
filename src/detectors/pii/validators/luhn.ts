/** True when a string of ASCII digits passes the Luhn (mod 10) check used by payment cards. */
export function isLuhnValid(digits: string): boolean {
  if (digits.length < 2) return false;
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    const code = digits.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return false;
    let value = double ? code * 2 : code;
    if (value > 9) value -= 9;
    sum += value;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The digit that, appended to `digits`, makes the whole string pass the Luhn check. */
export function luhnCheckDigit(digits: string): string {
  for (let candidate = 0; candidate <= 9; candidate++) {
    if (isLuhnValid(`${digits}${candidate}`)) return String(candidate);
  }
  throw new RangeError(`not a digit string: ${digits}`);
}
