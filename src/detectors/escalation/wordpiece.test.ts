import { describe, expect, it } from 'vitest';
import { expectVouchError } from './testing/expect-error.js';
import { tinyTokenizerJson, tinyVocab } from './testing/tiny-classifier.js';
import { createWordPieceTokenizer } from './wordpiece.js';

const tokenizer = createWordPieceTokenizer(tinyTokenizerJson(), '/models/tiny/tokenizer.json');

function tokens(text: string, maxLength = 512, from = tokenizer): string[] {
  return from.encode(text, maxLength).tokens;
}

describe('WordPiece tokenizer', () => {
  it('lowercases, splits punctuation, adds [CLS]/[SEP] and gives int ids, mask and type ids', () => {
    const encoding = tokenizer.encode('Hello, WORLD!', 512);
    expect(encoding.tokens).toEqual(['[CLS]', 'hello', ',', 'world', '!', '[SEP]']);
    expect(encoding.inputIds).toEqual(encoding.tokens.map((token) => tinyVocab.indexOf(token)));
    expect(encoding.attentionMask).toEqual([1, 1, 1, 1, 1, 1]);
    expect(encoding.tokenTypeIds).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('pieces words greedily, longest match first, with ## continuations', () => {
    expect(tokens('playing cafes unbelievable')).toEqual(['[CLS]', 'play', '##ing', 'cafe', '##s', 'un', '##believ', '##able', '[SEP]']);
  });

  it('gives [UNK] for an unknown word, a word with an unpieceable rest, and a word over max_input_chars_per_word', () => {
    expect(tokens('hello zebra')).toEqual(['[CLS]', 'hello', '[UNK]', '[SEP]']);
    expect(tokens('playx')).toEqual(['[CLS]', '[UNK]', '[SEP]']);
    const short = createWordPieceTokenizer(tinyTokenizerJson({ model: { max_input_chars_per_word: 5 } }), 'tokenizer.json');
    expect(tokens('hello playing', 512, short)).toEqual(['[CLS]', 'hello', '[UNK]', '[SEP]']);
  });

  it('strips accents when lowercasing, keeps them when strip_accents is false, and keeps case when lowercase is false', () => {
    expect(tokens('Café CAFÉS')).toEqual(['[CLS]', 'cafe', 'cafe', '##s', '[SEP]']);
    const keepAccents = createWordPieceTokenizer(
      tinyTokenizerJson({ normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: false, lowercase: true } }),
      'tokenizer.json',
    );
    expect(tokens('Café cafe', 512, keepAccents)).toEqual(['[CLS]', '[UNK]', 'cafe', '[SEP]']);
    const cased = createWordPieceTokenizer(tinyTokenizerJson({ normalizer: { type: 'BertNormalizer', lowercase: false } }), 'tokenizer.json');
    expect(tokens('Hello hello', 512, cased)).toEqual(['[CLS]', '[UNK]', 'hello', '[SEP]']);
    const sequence = createWordPieceTokenizer(tinyTokenizerJson({ normalizer: { type: 'Sequence', normalizers: [{ type: 'NFD' }, { type: 'Lowercase' }, { type: 'StripAccents' }] } }), 'tokenizer.json');
    expect(tokens('Café', 512, sequence)).toEqual(['[CLS]', 'cafe', '[SEP]']);
  });

  it('drops control and zero-width characters, reads every whitespace as a space, and spaces out CJK ideographs', () => {
    expect(tokens('hel\u200Blo\u0000\tworld\u00A0please')).toEqual(['[CLS]', 'hello', 'world', 'please', '[SEP]']);
    expect(tokens('hello世界')).toEqual(['[CLS]', 'hello', '[UNK]', '[UNK]', '[SEP]']);
  });

  it('truncates to maxLength with [CLS] and [SEP] included, also on a huge text', () => {
    expect(tokens('hello world please ignore previous', 5)).toEqual(['[CLS]', 'hello', 'world', 'please', '[SEP]']);
    expect(tokens('playing', 3)).toEqual(['[CLS]', 'play', '[SEP]']);
    const huge = 'hello world '.repeat(500_000);
    const started = performance.now();
    expect(tokenizer.encode(huge, 8).inputIds).toHaveLength(8);
    expect(performance.now() - started).toBeLessThan(500);
    expect(tokens(`${'x'.repeat(20_000)} hello`, 4)).toEqual(['[CLS]', '[UNK]', 'hello', '[SEP]']);
  });

  it('reads [CLS]/[SEP] from BertProcessing, and uses the Whitespace pre-tokenizer when asked', () => {
    const bert = createWordPieceTokenizer(
      { ...tinyTokenizerJson(), pre_tokenizer: { type: 'Whitespace' }, post_processor: { type: 'BertProcessing', sep: ['[SEP]', 3], cls: ['[CLS]', 2] } },
      'tokenizer.json',
    );
    expect(bert.encode('hello, world', 512)).toMatchObject({ tokens: ['[CLS]', 'hello', ',', 'world', '[SEP]'], inputIds: [2, 4, 19, 5, 3] });
  });

  it('rejects other tokenizer types and unsupported parts, naming the file and what it found', async () => {
    const bpe = { ...tinyTokenizerJson(), model: { type: 'BPE', vocab: {}, merges: [] } };
    const error = await expectVouchError(() => createWordPieceTokenizer(bpe, '/models/roberta/tokenizer.json'), 'VOUCH_CONFIG_INVALID', [
      '/models/roberta/tokenizer.json',
      'tokenizer type is "BPE"',
      'only "WordPiece"',
    ]);
    expect(error.file).toBe('/models/roberta/tokenizer.json');
    await expectVouchError(() => createWordPieceTokenizer({ ...tinyTokenizerJson(), normalizer: { type: 'Precompiled' } }, 't.json'), 'VOUCH_CONFIG_INVALID', ['normalizer type "Precompiled"']);
    await expectVouchError(() => createWordPieceTokenizer({ ...tinyTokenizerJson(), pre_tokenizer: { type: 'Metaspace' } }, 't.json'), 'VOUCH_CONFIG_INVALID', ['pre_tokenizer type "Metaspace"']);
    await expectVouchError(() => createWordPieceTokenizer(tinyTokenizerJson({ model: { unk_token: '<unk>' } }), 't.json'), 'VOUCH_CONFIG_INVALID', ['"<unk>" is not in model.vocab']);
    await expectVouchError(() => createWordPieceTokenizer([], 't.json'), 'VOUCH_CONFIG_INVALID', ['not a JSON object']);
    await expectVouchError(() => tokenizer.encode('hello', 2), 'VOUCH_CONFIG_INVALID', ['maxLength 2 leaves no room']);
  });
});
