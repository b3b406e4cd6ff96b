/** True when 13 ASCII digits starting 978/979 pass the ISBN-13 check (weights 1,3,1,3,…). */
export function isIsbn13(digits: string): boolean {
  if (!/^97[89]\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 13; index++) {
    sum += (digits.charCodeAt(index) - 48) * (index % 2 === 0 ? 1 : 3);
  }
  return sum % 10 === 0;
}

/** True when 10 characters (digits, last may be X) pass the ISBN-10 check (weights 10…1, mod 11). */
export function isIsbn10(value: string): boolean {
  if (!/^\d{9}[\dX]$/.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < 10; index++) {
    const digit = value[index] === 'X' ? 10 : value.charCodeAt(index) - 48;
    sum += digit * (10 - index);
  }
  return sum % 11 === 0;
}
