import { cueWords } from './lexicon.js';
import { codeKeywords, gapMark, previousWord } from './words.js';

/**
 * What the words before a person-name candidate (person.ts) say about it, strongest first: a name
 * field ("name:", "my name is"), an identity or address cue ("I'm", "Dear", a sign-off), a mention
 * ("ask", "with"), code, or nothing.
 */
export type Cue = 'name-field' | 'identity' | 'address' | 'mention' | 'code' | 'none';

const nameFields = cueWords('name-field');
const identityFields = cueWords('identity-field');
export const greetings = cueWords('greeting');
const signOffs = cueWords('sign-off');
const selfNamingWords = cueWords('self-naming');
const mentionWords = cueWords('mention');
/** Two-word cues, keyed by "first second": "name is", "call me", "i am", "this is". */
const phraseCues: ReadonlyMap<string, Cue> = new Map([
  ...[...cueWords('name-phrase')].map((phrase): [string, Cue] => [phrase, 'name-field']),
  ...[...cueWords('identity-phrase')].map((phrase): [string, Cue] => [phrase, 'identity']),
  ...[...cueWords('address-phrase')].map((phrase): [string, Cue] => [phrase, 'address']),
]);
const thisIsFollowedBy = /^\s{0,2}(?:from|at|with|here|speaking|calling|,|-|–)/;
export const postVerbCue = /^\s{1,2}(?:said|says|wrote|writes|asked|asks|told|tells|replied|replies|mentioned|called|emailed|texted|thinks|thought|agreed|confirmed|explained|added|noted)\b/;

/** Whether `start` follows a signature dash: "— Maria", "-- Maria" at a line start or after a sentence. */
function isSignatureLine(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && start - index <= 3 && text[index] === ' ') index--;
  if (text[index] === '—' || text[index] === '–') index--;
  else if (text[index] === '-' && text[index - 1] === '-') index -= 2;
  else return false;
  while (index >= 0 && text[index] === ' ') index--;
  return index < 0 || text[index] === '\n' || text[index] === '.' || text[index] === '!';
}

/** Whether a character may sit inside a display name: letters, spaces, `.`, `'`, `’`, `-`. */
function isDisplayNameCode(code: number): boolean {
  return code === 0x20 || code === 0x2e || code === 0x27 || code === 0x2d || code === 0x2019 || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code >= 0xc0;
}

/** Whether an e-mail address in angle brackets follows the name-like words at `end`: "Maria Garcia <maria@…>". */
export function displayNameFollows(text: string, end: number): boolean {
  let index = end;
  while (index < text.length && index - end < 60 && isDisplayNameCode(text.charCodeAt(index))) index++;
  if (text[index] !== '<' || text[index - 1] !== ' ') return false;
  const bracketed = text.slice(index, index + 80);
  const at = bracketed.indexOf('@');
  return at !== -1 && at < bracketed.indexOf('>');
}

/** Fields that end in "name" but do not hold a person's name. */
const otherNameFields = new Set(['filename', 'hostname', 'username', 'pathname', 'dirname', 'typename', 'classname', 'tablename', 'servername', 'domainname', 'basename']);

/** "name", "Signed", "customerName", "first_name" (read as "name" after the underscore), not "filename". */
function isNameField(key: string): boolean {
  return nameFields.has(key) || (key.endsWith('name') && !otherNameFields.has(key));
}

/** What the words before a candidate say: "my name is", "From:", "Dear", "ask", or nothing. */
export function cueBefore(text: string, start: number, end: number): Cue {
  if (isSignatureLine(text, start)) return 'address';
  const previous = previousWord(text, start);
  if (!previous) return 'none';
  const { key, gap } = previous;
  if (gap & gapMark.colon) return isNameField(key) ? 'name-field' : identityFields.has(key) ? 'identity' : 'none';
  if (gap & gapMark.newline) return signOffs.has(key) ? 'address' : 'none';
  if (gap & (gapMark.period | gapMark.other | gapMark.dash)) return 'none';
  if (gap & gapMark.comma) return key === 'signed' ? 'name-field' : signOffs.has(key) || greetings.has(key) ? 'address' : 'none';
  if (codeKeywords.has(key)) return 'code';
  if (greetings.has(key)) return 'address';
  if (key === "i'm") return 'identity';
  if (selfNamingWords.has(key)) return 'name-field';
  const before = previousWord(text, previous.start);
  const phrase = before && before.gap === 0 ? phraseCues.get(`${before.key} ${key}`) : undefined;
  if (phrase === undefined) return mentionWords.has(key) ? 'mention' : 'none';
  if (phrase !== 'address' || key !== 'is') return phrase;
  return thisIsFollowedBy.test(text.slice(end, end + 12).toLowerCase()) ? 'identity' : 'address';
}
