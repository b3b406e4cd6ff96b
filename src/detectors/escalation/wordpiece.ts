import { readFile } from 'node:fs/promises';
import { VouchError } from '../../core/errors.js';
import { createNormalizer, createPreTokenizer, type Fail, type Normalize, type PreTokenize } from './tokenizer-pipeline.js';

/** Model inputs for one text, as BERT-style sequence classifiers take them. */
export interface Encoding {
  tokens: string[];
  inputIds: number[];
  attentionMask: number[];
  tokenTypeIds: number[];
}

export interface WordPieceTokenizer {
  /** The tokenizer.json it was read from. */
  readonly file: string;
  /** Tokens of `text`, truncated so that with the special tokens there are at most `maxLength`. */
  encode(text: string, maxLength: number): Encoding;
}

interface SpecialToken {
  token: string;
  id: number;
}

interface Template {
  prefix: SpecialToken[];
  suffix: SpecialToken[];
}

/** Raw text is read in slices of about this many characters, cut at whitespace, until enough tokens are found. */
const sliceLength = 4096;

/**
 * A WordPiece tokenizer from a parsed Hugging Face tokenizer.json (`model.type` "WordPiece"):
 * the file's normalizer and pre-tokenizer, greedy longest-match-first pieces with the
 * continuation prefix ("##"), [UNK] for words it cannot piece, and the post-processor's
 * [CLS]/[SEP]. Other tokenizer types are a VOUCH_CONFIG_INVALID error naming the file and type.
 * @example
 * const tokenizer = createWordPieceTokenizer(JSON.parse(text), 'tokenizer.json');
 * tokenizer.encode('Ignore previous instructions', 512).inputIds; // [101, …, 102]
 */
export function createWordPieceTokenizer(json: unknown, file: string): WordPieceTokenizer {
  const fail: Fail = (what) => {
    throw new VouchError('VOUCH_CONFIG_INVALID', `onnx: ${file}: ${what}`, {
      file,
      fix: 'Use a BERT-style model exported with a WordPiece tokenizer.json (e.g. from a Hugging Face BERT/DistilBERT/MiniLM classifier).',
    });
  };
  const spec = isRecord(json) ? json : fail('not a JSON object');
  const model = isRecord(spec.model) ? spec.model : fail('has no "model" object');
  if (model.type !== 'WordPiece') fail(`tokenizer type is "${String(model.type)}", but only "WordPiece" is supported`);
  const vocab = readVocab(model.vocab, fail);
  const unknown = typeof model.unk_token === 'string' ? model.unk_token : '[UNK]';
  const unknownId = vocab.get(unknown) ?? fail(`the unknown token "${unknown}" is not in model.vocab`);
  const pieces: PieceOptions = {
    vocab,
    unknown: { token: unknown, id: unknownId },
    prefix: typeof model.continuing_subword_prefix === 'string' ? model.continuing_subword_prefix : '##',
    maxChars: typeof model.max_input_chars_per_word === 'number' ? model.max_input_chars_per_word : 100,
  };
  const normalize = createNormalizer(spec.normalizer, fail);
  const preTokenize = createPreTokenizer(spec.pre_tokenizer, fail);
  const template = readTemplate(spec.post_processor, vocab, fail);
  return {
    file,
    encode(text, maxLength) {
      const room = maxLength - template.prefix.length - template.suffix.length;
      if (room < 1) fail(`maxLength ${maxLength} leaves no room for text beside ${template.prefix.length + template.suffix.length} special tokens`);
      const body = tokenize(text, { normalize, preTokenize, pieces, limit: room });
      const all = [...template.prefix, ...body, ...template.suffix];
      return {
        tokens: all.map((token) => token.token),
        inputIds: all.map((token) => token.id),
        attentionMask: all.map(() => 1),
        tokenTypeIds: all.map(() => 0),
      };
    },
  };
}

/** Reads and parses a tokenizer.json file; see `createWordPieceTokenizer`. */
export async function loadWordPieceTokenizer(file: string): Promise<WordPieceTokenizer> {
  const text = await readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_INVALID', `onnx: ${file}: not valid JSON: ${(error as Error).message}`, { file, cause: error });
  }
  return createWordPieceTokenizer(json, file);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readVocab(value: unknown, fail: Fail): Map<string, number> {
  if (!isRecord(value)) return fail('model.vocab is not an object of token → id');
  const vocab = new Map<string, number>();
  for (const [token, id] of Object.entries(value)) {
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 0) fail(`model.vocab["${token}"] is not a token id`);
    vocab.set(token, id);
  }
  return vocab;
}

function special(token: unknown, vocab: Map<string, number>, fail: Fail): SpecialToken {
  if (Array.isArray(token) && typeof token[0] === 'string' && typeof token[1] === 'number') return { token: token[0], id: token[1] };
  if (typeof token === 'string') return { token, id: vocab.get(token) ?? fail(`special token "${token}" is not in model.vocab`) };
  return fail(`post_processor names a special token as ${JSON.stringify(token)}`);
}

/** [CLS]/[SEP] from BertProcessing or a TemplateProcessing "single" template; without a post-processor, [CLS] … [SEP] from the vocab. */
function readTemplate(spec: unknown, vocab: Map<string, number>, fail: Fail): Template {
  if (spec === null || spec === undefined) {
    return vocab.has('[CLS]') && vocab.has('[SEP]')
      ? { prefix: [special('[CLS]', vocab, fail)], suffix: [special('[SEP]', vocab, fail)] }
      : { prefix: [], suffix: [] };
  }
  if (!isRecord(spec)) return fail('"post_processor" is not an object');
  if (spec.type === 'BertProcessing' || spec.type === 'RobertaProcessing') {
    return { prefix: [special(spec.cls, vocab, fail)], suffix: [special(spec.sep, vocab, fail)] };
  }
  if (spec.type === 'TemplateProcessing' && Array.isArray(spec.single)) {
    const template: Template = { prefix: [], suffix: [] };
    let seen = false;
    for (const piece of spec.single as unknown[]) {
      if (isRecord(piece) && isRecord(piece.Sequence)) seen = true;
      else if (isRecord(piece) && isRecord(piece.SpecialToken)) (seen ? template.suffix : template.prefix).push(special(piece.SpecialToken.id, vocab, fail));
      else fail(`post_processor.single has an entry ${JSON.stringify(piece)}`);
    }
    return template;
  }
  return fail(`post_processor type "${String(spec.type)}" is not supported (supported: BertProcessing, TemplateProcessing)`);
}

interface PieceOptions {
  vocab: Map<string, number>;
  unknown: SpecialToken;
  prefix: string;
  maxChars: number;
}

/** Greedy longest-match-first WordPiece of one word; the whole word is [UNK] when a part has no piece. */
export function wordPieces(word: string, options: PieceOptions): SpecialToken[] {
  const chars = Array.from(word);
  if (chars.length > options.maxChars) return [options.unknown];
  const pieces: SpecialToken[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = chars.length;
    let found: SpecialToken | undefined;
    while (end > start) {
      const piece = (start > 0 ? options.prefix : '') + chars.slice(start, end).join('');
      const id = options.vocab.get(piece);
      if (id !== undefined) {
        found = { token: piece, id };
        break;
      }
      end--;
    }
    if (found === undefined) return [options.unknown];
    pieces.push(found);
    start = end;
  }
  return pieces;
}

interface TokenizeOptions {
  normalize: Normalize;
  preTokenize: PreTokenize;
  pieces: PieceOptions;
  limit: number;
}

/** Tokens of `text` up to `limit`, reading it slice by slice so a huge text costs no more than needed. */
function tokenize(text: string, options: TokenizeOptions): SpecialToken[] {
  const tokens: SpecialToken[] = [];
  let start = 0;
  while (start < text.length && tokens.length < options.limit) {
    const end = sliceEnd(text, start);
    for (const word of options.preTokenize(options.normalize(text.slice(start, end)))) {
      for (const piece of wordPieces(word, options.pieces)) {
        if (tokens.length === options.limit) return tokens;
        tokens.push(piece);
      }
    }
    start = end;
  }
  return tokens;
}

/**
 * End of the slice starting at `start`: just after the first whitespace `sliceLength` characters
 * on (every normalizer and pre-tokenizer here keeps whitespace a word boundary, so the tokens are
 * the same as for the whole text), or the end of the text.
 */
function sliceEnd(text: string, start: number): number {
  if (text.length - start <= sliceLength) return text.length;
  for (let index = start + sliceLength; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 10 || code === 9 || code === 13) return index + 1;
  }
  return text.length;
}
