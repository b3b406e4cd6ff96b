/**
 * Label-preserving rewrites of seed texts, applied to harmful and benign seeds alike (so no rewrite
 * is a sign of either label): case, typos, punctuation, chat padding, look-alike characters,
 * leetspeak, spacing, zero-width characters and base64. Deterministic given the random source.
 */
export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Short things people put around a message, in several languages; used on every label. */
const openings = [
  'hey', 'hi there,', 'quick question:', 'ok so', 'hello!', 'um', 'sorry to bother you,', 'help pls', 'Good morning.', 'Hi team,', 'yo',
  'hola,', 'oye,', 'bonjour,', 'salut', 'hallo,', 'moin,', 'olá,', 'oi,', 'ciao,', '你好，', '请问', 'こんにちは、', 'привет,', 'Dear assistant,',
  'Question for you:', 'Another one:', 'Next task.', 'One more thing -', 'btw', 'Thanks for the last answer.', 'Re: your reply',
];
const closings = [
  'thanks!', 'thx', 'ty', 'Thanks in advance.', 'cheers', 'please', 'asap', '🙏', '😅', 'lol', 'merci', 'gracias', 'danke', 'obrigado', 'grazie',
  '谢谢', 'спасибо', 'ありがとう', 'Best, M.', 'Kind regards', 'no rush', 'Let me know.', 'much appreciated', '!!', '?',
];

export function padChat(text: string, random: Random): string {
  const before = random() < 0.6 ? `${pick(random, openings)} ` : '';
  const after = random() < 0.6 ? ` ${pick(random, closings)}` : '';
  return `${before}${text}${after}`;
}

export function changeCase(text: string, random: Random): string {
  return random() < 0.7 ? text.toLowerCase() : text.toUpperCase();
}

export function stripPunctuation(text: string): string {
  return text.replace(/[.,!?;:"“”'’«»()]/gu, '').replace(/[ \t]{2,}/g, ' ');
}

/** Swaps, drops or doubles a letter in a few words. */
export function addTypos(text: string, random: Random): string {
  const words = text.split(/(\s+)/);
  const candidates = words.map((word, index) => (/^\p{L}{4,}$/u.test(word) ? index : -1)).filter((index) => index >= 0);
  const count = Math.min(candidates.length, 1 + Math.floor(random() * 3));
  for (let done = 0; done < count; done++) {
    const index = pick(random, candidates);
    const word = words[index]!;
    const at = 1 + Math.floor(random() * (word.length - 2));
    const kind = random();
    words[index] = kind < 0.4 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : kind < 0.7 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at] + word.slice(at);
  }
  return words.join('');
}

const leet: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const homoglyphs: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і', y: 'у' };

/** Rewrites the letters of one stretch of the text (a sentence or two) with a character map. */
function rewriteStretch(text: string, random: Random, map: (char: string) => string): string {
  const start = Math.floor(random() * Math.max(1, text.length - 120));
  const end = Math.min(text.length, start + 40 + Math.floor(random() * 160));
  return text.slice(0, start) + Array.from(text.slice(start, end), map).join('') + text.slice(end);
}

export function obfuscate(text: string, random: Random): string {
  const style = Math.floor(random() * 4);
  if (style === 0) return rewriteStretch(text, random, (char) => (random() < 0.7 ? (leet[char.toLowerCase()] ?? char) : char));
  if (style === 1) return rewriteStretch(text, random, (char) => (random() < 0.5 ? (homoglyphs[char] ?? char) : char));
  if (style === 2) return rewriteStretch(text, random, (char) => (/\p{L}/u.test(char) && random() < 0.5 ? `${char}\u200b` : char));
  return rewriteStretch(text, random, (char) => (/\p{L}/u.test(char) ? `${char} ` : char));
}

const base64Frames = ['{}', 'Here is the string: {}', 'payload: {}', 'b64 -> {}', '{}\n(base64)', 'Decoded text would be useful: {}', 'data:text/plain;base64,{}'];

export function toBase64(text: string, random: Random): string {
  return pick(random, base64Frames).replace('{}', Buffer.from(text, 'utf8').toString('base64'));
}

/** Bracketed placeholders a writer used instead of harmful detail, made one neutral form for every label. */
const placeholderPattern = /\[[^\]\n]{0,40}?(?:omit|redact|remov|detail|step|content|placeholder|group|name|\.\.\.|…)[^\]\n]{0,40}?\]/giu;

export function neutralPlaceholders(text: string): string {
  return text.replace(placeholderPattern, '[…]');
}

/** Puts "[…]" after a sentence of a benign reply, as harmful replies have it. */
export function insertPlaceholder(text: string, random: Random): string {
  const stops = [...text.matchAll(/[.!?。] /gu)].map((match) => match.index + 1);
  if (stops.length === 0) return `${text} […]`;
  const at = pick(random, stops);
  return `${text.slice(0, at)} […]${text.slice(at)}`;
}
