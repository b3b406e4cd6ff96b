/**
 * The normalizers and pre-tokenizers of a Hugging Face tokenizer.json that BERT-style WordPiece
 * tokenizers use, as plain functions. Anything else is reported through `fail`.
 */

export type Normalize = (text: string) => string;
export type PreTokenize = (text: string) => string[];
/** Reports an unsupported or malformed part of tokenizer.json; never returns. */
export type Fail = (what: string) => never;

interface Spec {
  type?: unknown;
  [key: string]: unknown;
}

function isSpec(value: unknown): value is Spec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const controlOrInvalid = /[\p{C}\uFFFD]/u;
const whitespace = /\p{White_Space}/u;
const nonSpacingMark = /\p{Mn}/gu;
const unicodePunctuation = /\p{P}/u;

/** BERT's punctuation: every ASCII symbol ($, +, ^, ` included) and Unicode category P. */
export function isBertPunctuation(char: string): boolean {
  const code = char.codePointAt(0)!;
  if ((code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)) return true;
  return unicodePunctuation.test(char);
}

function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x20000 && code <= 0x2a6df) ||
    (code >= 0x2a700 && code <= 0x2b73f) || (code >= 0x2b740 && code <= 0x2b81f) || (code >= 0x2b820 && code <= 0x2ceaf) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0x2f800 && code <= 0x2fa1f)
  );
}

/** BERT's clean-up: drops control characters and turns whitespace into spaces (`clean`), spaces out CJK ideographs (`cjk`). */
function cleanText(text: string, clean: boolean, cjk: boolean): string {
  let out = '';
  for (const char of text) {
    if (clean && (char === '\t' || char === '\n' || char === '\r')) out += ' ';
    else if (clean && controlOrInvalid.test(char)) continue;
    else if (clean && whitespace.test(char)) out += ' ';
    else if (cjk && isCjk(char.codePointAt(0)!)) out += ` ${char} `;
    else out += char;
  }
  return out;
}

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(nonSpacingMark, '');
}

function bertNormalizer(spec: Spec): Normalize {
  const clean = spec.clean_text !== false;
  const cjk = spec.handle_chinese_chars !== false;
  const lowercase = spec.lowercase !== false;
  const strip = typeof spec.strip_accents === 'boolean' ? spec.strip_accents : lowercase;
  return (text) => {
    let out = clean || cjk ? cleanText(text, clean, cjk) : text;
    if (strip) out = stripAccents(out);
    return lowercase ? out.toLowerCase() : out;
  };
}

function stripNormalizer(spec: Spec): Normalize {
  const left = spec.strip_left !== false;
  const right = spec.strip_right !== false;
  return (text) => {
    const trimmed = left ? text.trimStart() : text;
    return right ? trimmed.trimEnd() : trimmed;
  };
}

const simpleNormalizers: Readonly<Record<string, Normalize>> = {
  Lowercase: (text) => text.toLowerCase(),
  StripAccents: (text) => text.replace(nonSpacingMark, ''),
  NFD: (text) => text.normalize('NFD'),
  NFC: (text) => text.normalize('NFC'),
  NFKD: (text) => text.normalize('NFKD'),
  NFKC: (text) => text.normalize('NFKC'),
};

/** The normalizer a tokenizer.json `normalizer` entry describes (null: none). */
export function createNormalizer(spec: unknown, fail: Fail): Normalize {
  if (spec === null || spec === undefined) return (text) => text;
  if (!isSpec(spec)) return fail('"normalizer" is not an object');
  const type = String(spec.type);
  if (type === 'BertNormalizer') return bertNormalizer(spec);
  if (type === 'Strip') return stripNormalizer(spec);
  if (type === 'Sequence' && Array.isArray(spec.normalizers)) {
    const steps = spec.normalizers.map((step) => createNormalizer(step, fail));
    return (text) => steps.reduce((current, step) => step(current), text);
  }
  const simple = simpleNormalizers[type];
  return simple ?? fail(`normalizer type "${type}" is not supported (supported: BertNormalizer, Lowercase, StripAccents, NFD, NFC, NFKD, NFKC, Strip, Sequence)`);
}

/** BERT's basic tokenizer: split on whitespace, and every punctuation character is a word of its own. */
export function bertPreTokenize(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const char of text) {
    if (whitespace.test(char)) {
      if (word !== '') words.push(word);
      word = '';
    } else if (isBertPunctuation(char)) {
      if (word !== '') words.push(word);
      words.push(char);
      word = '';
    } else {
      word += char;
    }
  }
  if (word !== '') words.push(word);
  return words;
}

const wordOrSymbols = /[\p{L}\p{N}\p{M}_]+|[^\p{L}\p{N}\p{M}_\s]+/gu;

/** The pre-tokenizer a tokenizer.json `pre_tokenizer` entry describes (null: whitespace split). */
export function createPreTokenizer(spec: unknown, fail: Fail): PreTokenize {
  if (spec === null || spec === undefined) return (text) => text.split(/\p{White_Space}+/u).filter((word) => word !== '');
  if (!isSpec(spec)) return fail('"pre_tokenizer" is not an object');
  const type = String(spec.type);
  if (type === 'BertPreTokenizer') return bertPreTokenize;
  if (type === 'WhitespaceSplit') return (text) => text.split(/\p{White_Space}+/u).filter((word) => word !== '');
  if (type === 'Whitespace') return (text) => text.match(wordOrSymbols) ?? [];
  if (type === 'Sequence' && Array.isArray(spec.pretokenizers)) {
    const steps = spec.pretokenizers.map((step) => createPreTokenizer(step, fail));
    return (text) => steps.reduce<string[]>((words, step) => words.flatMap(step), [text]);
  }
  return fail(`pre_tokenizer type "${type}" is not supported (supported: BertPreTokenizer, Whitespace, WhitespaceSplit, Sequence)`);
}
