import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { ibanCheckDigits, isIbanValid, isLuhnValid, isVerhoeffValid } from '../checksums.js';
import type { Random } from '../random.js';
import { sameShapeValidators } from './national-checks.js';
import { nhsCheckDigit } from './national-checks.js';
import { groupDigits, randomCardDigits, randomIbanCompact, writeIban } from './payment.js';

const hex = '0123456789abcdef';
const alphanumericUpper = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A card-shaped number with a real issuer prefix whose Luhn check fails. */
export function luhnFailingCard(random: Random): string {
  const { digits, issuer } = randomCardDigits(random);
  const last = Number(digits.slice(-1));
  const broken = `${digits.slice(0, -1)}${(last + random.int(1, 9)) % 10}`;
  if (isLuhnValid(broken)) throw new Error('Luhn-failing card generator produced a valid number');
  return random.chance(0.4) ? broken : groupDigits(broken, issuer.groups(broken.length), random.pick([' ', '-']));
}

/** An IBAN-shaped string whose check digits are wrong. */
export function badChecksumIban(random: Random): string {
  const compact = randomIbanCompact(random, random.pick(['en', 'de', 'fr', 'es', 'it', 'nl']));
  const good = ibanCheckDigits(compact.slice(0, 2), compact.slice(4));
  let check = good;
  while (check === good) check = String(random.int(2, 98)).padStart(2, '0');
  const broken = `${compact.slice(0, 2)}${check}${compact.slice(4)}`;
  if (isIbanValid(broken)) throw new Error('bad IBAN generator produced a valid IBAN');
  return writeIban(random, broken);
}

/** SSN-shaped numbers in ranges the SSA never issues: area 000, 666 or 9xx, group 00, serial 0000. */
export function invalidSsn(random: Random): string {
  const area = random.pick(['000', '666', `9${random.digits(2)}`, `${random.int(100, 665)}`]);
  const group = area.startsWith('0') || area === '666' || area.startsWith('9') ? String(random.int(1, 99)).padStart(2, '0') : '00';
  const serial = group === '00' && random.chance(0.5) ? String(random.int(1, 9999)).padStart(4, '0') : random.chance(0.3) ? '0000' : String(random.int(1, 9999)).padStart(4, '0');
  return `${area}-${group}-${serial}`;
}

export function gitSha(random: Random): string {
  return random.chance(0.6) ? random.chars(hex, 40) : random.chars(hex, random.int(7, 12));
}

export function uuid(random: Random): string {
  const value = `${random.chars(hex, 8)}-${random.chars(hex, 4)}-4${random.chars(hex, 3)}-${random.pick(['8', '9', 'a', 'b'])}${random.chars(hex, 3)}-${random.chars(hex, 12)}`;
  return random.chance(0.1) ? value.toUpperCase() : value;
}

/** A valid ISBN-13 (978/979) or ISBN-10, hyphenated or compact. */
export function isbn(random: Random): string {
  if (random.chance(0.6)) {
    const payload = `${random.pick(['978', '979'])}${random.digits(9)}`;
    const sum = [...payload].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
    const full = `${payload}${(10 - (sum % 10)) % 10}`;
    return random.chance(0.6) ? `${full.slice(0, 3)}-${full[3]}-${full.slice(4, 7)}-${full.slice(7, 12)}-${full[12]}` : full;
  }
  const payload = random.digits(9);
  const sum = [...payload].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = (11 - (sum % 11)) % 11;
  const full = `${payload}${check === 10 ? 'X' : check}`;
  return random.chance(0.6) ? `${full[0]}-${full.slice(1, 4)}-${full.slice(4, 9)}-${full[9]}` : full;
}

export function versionString(random: Random): string {
  return random.pick([
    `v${random.int(0, 9)}.${random.int(0, 30)}.${random.int(0, 20)}`,
    `10.0.${random.int(17000, 26000)}.${random.int(1, 3000)}`,
    `${random.int(1, 5)}.${random.int(0, 20)}.${random.int(0, 9)}-rc.${random.int(1, 4)}`,
    `${random.int(100, 130)}.0.${random.int(5000, 6999)}.${random.int(10, 200)}`,
    `${random.int(1, 3)}.${random.int(0, 40)}.${random.int(0, 9)}+build.${random.int(100, 9999)}`,
  ]);
}

export function price(random: Random): string {
  const whole = random.int(1, 99999);
  const cents = String(random.int(0, 99)).padStart(2, '0');
  const english = whole.toLocaleString('en-US');
  const european = whole.toLocaleString('de-DE');
  return random.pick([`$${english}.${cents}`, `€${european},${cents}`, `£${english}.${cents}`, `USD ${english}.${cents}`, `${european},${cents} €`, `R$ ${european},${cents}`, `₹${whole.toLocaleString('en-IN')}`]);
}

/** UPS 1Z…, USPS 22-digit and FedEx 12-digit tracking numbers (12-digit ones never Verhoeff-valid). */
export function trackingNumber(random: Random): string {
  const kind = random.pick(['ups', 'usps', 'fedex']);
  if (kind === 'ups') return `1Z${random.chars(alphanumericUpper, 6)}${random.digits(2)}${random.digits(8)}`;
  if (kind === 'usps') {
    const digits = `${random.pick(['9400', '9205', '9361', '9470'])}${random.digits(18)}`;
    return random.chance(0.5) ? digits : digits.replace(/(\d{4})(?=\d)/g, '$1 ');
  }
  let digits = random.digits(12);
  while (isVerhoeffValid(digits)) digits = random.digits(12);
  return digits;
}

function notPhoneLike(random: Random): string {
  let digits = `45${random.digits(8)}`;
  while (isPhoneLike(digits)) digits = `45${random.digits(8)}`;
  return digits;
}

export function orderNumber(random: Random): string {
  return random.pick([
    `${random.digits(3)}-${random.digits(7)}-${random.digits(7)}`,
    `ORD-${random.int(2019, 2025)}-${random.digits(7)}`,
    `PO ${notPhoneLike(random)}`,
    `SO-${random.digits(5)}`,
    `#${random.int(100000, 999999)}`,
  ]);
}

const two = (value: number): string => String(value).padStart(2, '0');

export function timestamp(random: Random): string {
  const [year, month, day, hour, minute, second] = [random.int(2019, 2025), random.int(1, 12), random.int(1, 28), random.int(0, 23), random.int(0, 59), random.int(0, 59)];
  return random.pick([
    `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}Z`,
    `${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}:${two(second)}`,
    String(random.int(1_550_000_000, 1_760_000_000)),
    String(random.int(1_550_000_000, 1_760_000_000) * 1000 + random.int(0, 999)),
    `${two(day)}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]}/${year}:${two(hour)}:${two(minute)}:${two(second)} +0000`,
  ]);
}

export function calendarDate(random: Random): string {
  const [year, month, day] = [random.int(1950, 2026), random.int(1, 12), random.int(1, 28)];
  const monthName = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1];
  return random.pick([`${two(day)}/${two(month)}/${year}`, `${year}-${two(month)}-${two(day)}`, `${monthName} ${day}, ${year}`, `${two(day)}.${two(month)}.${year}`, `${month}/${day}/${String(year).slice(2)}`]);
}

export function digestHash(random: Random): string {
  return random.pick([random.chars(hex, 32), random.chars(hex, 40), random.chars(hex, 64), `sha256:${random.chars(hex, 64)}`]);
}

export function placeholderSecret(random: Random): string {
  return random.pick([
    'sk-...', '<your-api-key>', '${API_KEY}', 'xxxxxxxxxxxxxxxxxxxxxxxx', 'YOUR_API_KEY_HERE', `sk-${'x'.repeat(48)}`,
    `ghp_${'X'.repeat(36)}`, 'AKIAXXXXXXXXXXXXXXXX', 'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    '<token>', '{{ secrets.API_TOKEN }}', 'process.env.STRIPE_SECRET_KEY', '********', 'changeme', 'REDACTED',
    '<PASSWORD>', 'your-secret-here', '$GITHUB_TOKEN', 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx', 'Bearer <token>',
  ]);
}

export function cssColor(random: Random): string {
  const value = random.pick([random.chars(hex, 6), random.chars(hex, 3), random.chars(hex, 8)]);
  return `#${random.chance(0.3) ? value.toUpperCase() : value}`;
}

export function semverRange(random: Random): string {
  const [major, minor, patch] = [random.int(0, 20), random.int(0, 40), random.int(0, 30)];
  return random.pick([`^${major}.${minor}.${patch}`, `~${major}.${minor}.${patch}`, `>=${major}.${minor}.0 <${major + 1}.0.0`, `${major}.x || ${major + 1}.x`, `>${major}.${minor}`]);
}

export function coordinates(random: Random): string {
  const latitude = (random.next() * 170 - 85).toFixed(4);
  const longitude = (random.next() * 340 - 170).toFixed(4);
  return random.pick([`${latitude}, ${longitude}`, `lat=${latitude}&lon=${longitude}`, `(${latitude}, ${longitude})`]);
}

function isValidSomewhere(digits: string): boolean {
  if (Object.values(sameShapeValidators).some((isValid) => isValid(digits))) return true;
  if (isLuhnValid(digits) || (digits.length === 12 && isVerhoeffValid(digits))) return true;
  if (digits.length === 10 && nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9])) return true;
  return digits.length === 10 && isPhoneLike(digits);
}

/** True when ten digits are a valid US or Indian national number. */
function isPhoneLike(digits: string): boolean {
  return ['US', 'IN'].some((country) => parsePhoneNumberFromString(digits, country as 'US' | 'IN')?.isValid() === true);
}

/** Invoice and reference numbers shaped like national ids that fail every checksum we know. */
export function checksumFailingReference(random: Random): string {
  const length = random.pick([9, 10, 11, 12]);
  let digits = `${random.int(1, 9)}${random.digits(length - 1)}`;
  while (isValidSomewhere(digits)) digits = `${random.int(1, 9)}${random.digits(length - 1)}`;
  if (random.chance(0.5)) return digits;
  if (length === 11) return `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}-${digits.slice(9)}`;
  return groupDigits(digits, { 9: [3, 3, 3], 10: [3, 3, 4], 12: [4, 4, 4] }[length as 9 | 10 | 12], ' ');
}

/** North American 555-01xx numbers, reserved for fiction. */
export function fictionalPhone(random: Random): string {
  const area = random.pick(['212', '415', '312', '617', '202']);
  const line = `01${random.digits(2)}`;
  return random.pick([`(${area}) 555-${line}`, `${area}-555-${line}`, `555-${line}`]);
}

export function capitalizedTerm(random: Random): string {
  return random.pick(['Kubernetes', 'Jenkins', 'Terraform', 'Grafana', 'PagerDuty', 'Postgres', 'Kafka', 'Django', 'Ansible', 'Hermes', 'Apollo', 'Athena', 'Mercury', 'Excel', 'Jupyter', 'Nginx', 'Redis', 'Sentry', 'Tuesday', 'Bamboo']);
}
