import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeOnnxModel, type OnnxGraph } from './onnx-model.js';

/** The tiny WordPiece vocabulary: specials, a few words, and "##" pieces. */
export const tinyVocab: readonly string[] = [
  '[PAD]', '[UNK]', '[CLS]', '[SEP]', 'hello', 'world', 'please', 'ignore', 'previous', 'instructions',
  'the', 'cafe', 'play', '##ing', '##s', 'un', '##believ', '##able', '.', ',', '!', '?',
];

/** The token that makes the classifier say INJECTION. */
export const triggerToken = 'ignore';

/**
 * input_ids → Gather(embedding) → ReduceMean over the sequence → MatMul(identity) → Add(0) → logits
 * [1, 2] for (SAFE, INJECTION). Every token embeds as (4, 0) except the trigger, (0, 40): a text of
 * n tokens with one trigger gets logits (4(n−1)/n, 40/n), so short texts with it score high and
 * texts without it score sigmoid(−4) ≈ 0.018.
 */
export function tinyClassifierGraph(inputs: readonly string[] = ['input_ids', 'attention_mask', 'token_type_ids']): OnnxGraph {
  const embedding = tinyVocab.flatMap((token) => (token === triggerToken ? [0, 40] : [4, 0]));
  return {
    nodes: [
      { opType: 'Gather', inputs: ['embedding', 'input_ids'], outputs: ['embedded'], attributes: [{ name: 'axis', int: 0 }] },
      { opType: 'ReduceMean', inputs: ['embedded'], outputs: ['pooled'], attributes: [{ name: 'axes', ints: [1] }, { name: 'keepdims', int: 0 }] },
      { opType: 'MatMul', inputs: ['pooled', 'weight'], outputs: ['projected'] },
      { opType: 'Add', inputs: ['projected', 'bias'], outputs: ['logits'] },
    ],
    initializers: [
      { name: 'embedding', type: 'float', dims: [tinyVocab.length, 2], values: embedding },
      { name: 'weight', type: 'float', dims: [2, 2], values: [1, 0, 0, 1] },
      { name: 'bias', type: 'float', dims: [2], values: [0, 0] },
    ],
    inputs: inputs.map((name) => ({ name, type: 'int64' as const, dims: [1, 'sequence'] })),
    outputs: [{ name: 'logits', type: 'float', dims: [1, 2] }],
  };
}

/** A tokenizer.json for `tinyVocab` as a BERT uncased export writes it. */
export function tinyTokenizerJson(overrides: { normalizer?: unknown; model?: Record<string, unknown> } = {}): Record<string, unknown> {
  return {
    version: '1.0',
    normalizer: overrides.normalizer ?? { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      special_tokens: { '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] }, '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] } },
    },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(tinyVocab.map((token, index) => [token, index])),
      ...overrides.model,
    },
  };
}

export interface TinyClassifierOptions {
  graph?: OnnxGraph;
  tokenizer?: Record<string, unknown>;
  id2label?: Record<string, string>;
}

/** Writes model.onnx, tokenizer.json and config.json of the tiny classifier into `directory`. */
export async function writeTinyClassifier(directory: string, options: TinyClassifierOptions = {}): Promise<string> {
  await mkdir(directory, { recursive: true });
  await writeFile(join(directory, 'model.onnx'), encodeOnnxModel(options.graph ?? tinyClassifierGraph()));
  await writeFile(join(directory, 'tokenizer.json'), JSON.stringify(options.tokenizer ?? tinyTokenizerJson()));
  const config = { architectures: ['BertForSequenceClassification'], id2label: options.id2label ?? { 0: 'SAFE', 1: 'INJECTION' } };
  await writeFile(join(directory, 'config.json'), JSON.stringify(config));
  return directory;
}
