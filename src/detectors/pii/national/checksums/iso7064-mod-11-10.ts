/**
 * The ISO/IEC 7064 MOD 11,10 check digit of `digits` (a hybrid system used by the German tax id).
 * @example
 * iso7064Mod1110CheckDigit('8609574271'); // 9
 */
export function iso7064Mod1110CheckDigit(digits: string): number {
  let product = 10;
  for (let index = 0; index < digits.length; index++) {
    let sum = (digits.charCodeAt(index) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** True when the last digit of `digits` is the ISO/IEC 7064 MOD 11,10 check digit of the rest. */
export function iso7064Mod1110Valid(digits: string): boolean {
  if (digits.length < 2) return false;
  const body = digits.slice(0, -1);
  return iso7064Mod1110CheckDigit(body) === digits.charCodeAt(digits.length - 1) - 48;
}
