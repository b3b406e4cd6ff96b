import type { Random } from '../random.js';
import type { PersonName } from './people.js';

const list = (text: string): string[] => text.split(',').map((item) => item.trim());

/** Invented organisation slugs for domains (any resemblance to real domains is incidental). */
export const companySlugs: readonly string[] = list(
  'northwind, bluefjord, kestrel-health, tidewater, quillpay, orbitalbank, lumenhr, brightpath, copperleaf, ' +
    'harbourline, greenmesa, saltmarsh-labs, ironbridge, pinecrest-clinic, velvetcloud, fennec, ' +
    'arcadia-travel, monsoon-foods, cedarpoint, polarnet, ridgeway-legal, sunfield, tinkerbox, ' +
    'wavecrest, zephyrworks, amberline, hollowtree, starlingbank-demo, mistral-freight, oakhurst',
);

const companyTlds = list('com, io, co.uk, de, fr, it, es, pl, nl, com.br, co.in, com.au, ca, org, net, dev, app, eu');
const mailProviders = list(
  'gmail.com, outlook.com, hotmail.co.uk, yahoo.com, icloud.com, proton.me, web.de, gmx.de, orange.fr, free.fr, ' +
    'libero.it, virgilio.it, wp.pl, o2.pl, ziggo.nl, uol.com.br, terra.com.br, rediffmail.com, bigpond.com, shaw.ca, ' +
    'example.com, example.org, example.net, mail.ru, yandex.ru, naver.com, qq.com',
);
const roleMailboxes = list('billing, support, hr, payroll, privacy, dpo, accounts, security, noreply, info, careers, help');

/** Lowercase ASCII letters only: diacritics removed, other letters transliterated or dropped. */
export function asciiFold(text: string): string {
  const special: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', đ: 'd', þ: 'th', ð: 'd', æ: 'ae', ı: 'i', œ: 'oe', å: 'a' };
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøßđþðæıœå]/g, (char) => special[char] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

export function companyDomain(random: Random): string {
  const slug = random.pick(companySlugs);
  const sub = random.chance(0.2) ? `${random.pick(['mail', 'eu', 'corp', 'staff', 'uk'])}.` : '';
  return `${sub}${slug}.${random.pick(companyTlds)}`;
}

function localPart(random: Random, person: PersonName | undefined): string {
  if (!person || random.chance(0.12)) return random.pick(roleMailboxes);
  const given = asciiFold(person.given) || random.chars('abcdefghijklmnopqrstuvwxyz', 6);
  const family = asciiFold(person.family) || random.chars('abcdefghijklmnopqrstuvwxyz', 7);
  return random.weighted([
    [`${given}.${family}`, 5],
    [`${given[0]}${family}`, 2],
    [`${given}_${family}${random.int(1, 99)}`, 1],
    [`${given}${random.int(1970, 2005)}`, 1],
    [`${given}+${random.pick(['shop', 'news', 'work', 'test'])}`, 1],
    [`${family}.${given[0]}`, 1],
  ] as const);
}

/** An email address, built from a person's name when one is given. */
export function randomEmail(random: Random, person?: PersonName): string {
  const domain = random.chance(0.45) ? random.pick(mailProviders) : companyDomain(random);
  const address = `${localPart(random, person)}@${domain}`;
  return random.chance(0.05) ? address.replace(/^./, (char) => char.toUpperCase()) : address;
}

const pathWords = list(
  'account, settings, orders, invoices, docs, api, v2, reset-password, profile, share, files, reports, tickets, ' +
    'help, onboarding, billing, status, releases, blog, careers, track, confirm, unsubscribe, download',
);

function urlPath(random: Random): string {
  const depth = random.int(0, 3);
  const segments = Array.from({ length: depth }, () => random.pick(pathWords));
  if (random.chance(0.25)) segments.push(random.chars('abcdefghijklmnopqrstuvwxyz0123456789', random.int(6, 12)));
  const query = random.chance(0.3) ? `?${random.pick(['id', 'ref', 'token', 'page', 'utm_source'])}=${random.chars('abcdefghijklmnopqrstuvwxyz0123456789', random.int(3, 10))}` : '';
  return `/${segments.join('/')}${query}`;
}

/** A web address with a scheme (or, now and then, only "www."). */
export function randomUrl(random: Random): string {
  const host = `${random.pick(['www.', 'app.', 'docs.', 'portal.', '', ''])}${random.pick(companySlugs)}.${random.pick(companyTlds)}`;
  const port = random.chance(0.05) ? `:${random.pick(['8080', '8443', '3000'])}` : '';
  const path = urlPath(random);
  if (host.startsWith('www.') && random.chance(0.3)) return `${host}${path === '/' ? '' : path}`;
  return `${random.chance(0.9) ? 'https' : 'http'}://${host}${port}${path === '/' && random.chance(0.5) ? '' : path}`;
}
