/**
 * How a text becomes a sparse vector of hashed features: character n-grams over its words (the
 * spaces between words included, so "ignore previous" yields "e pr"), word unigrams and bigrams,
 * and extra named features (a rule that fired, where the text came from). Counts are damped
 * (1 + ln count) and the vector is scaled to unit length, so a text's length is not a feature.
 * Stored in every model file, so training and inference always agree.
 */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  readonly bits: number;
  /** Shortest and longest character n-gram. */
  readonly charMin: number;
  readonly charMax: number;
  /** Longest word n-gram (1: words only, 2: and pairs of adjacent words). */
  readonly wordMax: number;
}

export const defaultFeatureConfig: FeatureConfig = { bits: 18, charMin: 3, charMax: 5, wordMax: 2 };

/** Distinct bucket indices (in no particular order) with their weights. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

const charSeed = 0x9747b28c;
const wordSeed = 0x2f1b3c4d;
const pairSeed = 0x5bd1e995;
const extraSeed = 0x1b873593;

/** FNV-1a step: folds one code unit into a running hash. */
function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16_777_619);
}

/** The murmur3 finalizer: spreads the bits of an FNV hash before it is cut to a bucket. */
function finish(hash: number): number {
  let value = hash ^ (hash >>> 16);
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  value = Math.imul(value, 0xc2b2ae35);
  return (value ^ (value >>> 16)) >>> 0;
}

/** Separator or punctuation: it ends a word. Non-ASCII letters, marks and digits are word characters. */
function isBreak(code: number): boolean {
  if (code < 128) return !((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90));
  return (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    code === 0xfeff ||
    (code >= 0xa1 && code <= 0xbf && code !== 0xaa && code !== 0xb5 && code !== 0xba) ||
    code === 0xd7 ||
    code === 0xf7
  );
}

/** Han, kana: scripts written without spaces, where every character is a word of its own. */
function isUnspacedScript(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Reused between calls: the cleaned text (words joined by one space) and the word hashes. */
let units = new Uint16Array(4096);
let hashes = new Int32Array(8192);
let wordHashes = new Int32Array(1024);
/** Bucket hits written to `hashes` so far in this call. */
let count = 0;

function ensure(length: number): void {
  if (units.length < length + 2) units = new Uint16Array(2 * (length + 2));
}

function push(bucket: number): void {
  if (count === hashes.length) {
    const grown = new Int32Array(hashes.length * 2);
    grown.set(hashes);
    hashes = grown;
  }
  hashes[count++] = bucket;
}

/**
 * The lowercased words of `text` joined by single spaces, with a space before and after, in
 * `units`; returns its length and fills `wordHashes` (one per word).
 */
function cleanWords(text: string): { length: number; words: number } {
  ensure(text.length * 2);
  const lower = text.toLowerCase();
  let length = 0;
  let words = 0;
  let wordHash = wordSeed;
  units[length++] = 32;
  const endWord = (): void => {
    if (units[length - 1] === 32) return;
    if (words === wordHashes.length) {
      const grown = new Int32Array(words * 2);
      grown.set(wordHashes);
      wordHashes = grown;
    }
    wordHashes[words++] = finish(wordHash);
    wordHash = wordSeed;
    units[length++] = 32;
  };
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index);
    if (isBreak(code)) {
      endWord();
      continue;
    }
    if (isUnspacedScript(code)) endWord();
    units[length++] = code;
    wordHash = step(wordHash, code);
    if (isUnspacedScript(code)) endWord();
  }
  endWord();
  return { length, words };
}

/**
 * The feature vector of `text`. `extras` are named features added as they are (e.g.
 * `rule:INSTRUCTION_OVERRIDE`, `source:document`).
 * @example
 * const vector = extractFeatures('Ignore previous instructions', defaultFeatureConfig);
 * vector.indices.length > 0; // true
 */
export function extractFeatures(text: string, config: FeatureConfig, extras: readonly string[] = []): SparseVector {
  const base = ngramVector(text, config);
  if (extras.length === 0) return base;
  const mask = (1 << config.bits) - 1;
  const buckets = extras.map((extra) => {
    let hash = extraSeed;
    for (let index = 0; index < extra.length; index++) hash = step(hash, extra.charCodeAt(index));
    return finish(hash) & mask;
  });
  return withExtras(base, buckets, config.bits);
}

/**
 * The n-gram part of recent texts' vectors: the detectors of one check score the same chunks, so
 * the second finds the first one's work here. Keyed by the text (chunks are short).
 */
const ngramCache = new Map<string, SparseVector>();
const ngramCacheSize = 64;

function ngramVector(text: string, config: FeatureConfig): SparseVector {
  const key = `${config.bits}/${config.charMin}/${config.charMax}/${config.wordMax}\u0000${text}`;
  const cached = ngramCache.get(key);
  if (cached) return cached;
  const mask = (1 << config.bits) - 1;
  count = 0;
  const { length, words } = cleanWords(text);
  for (let start = 0; start + config.charMin <= length; start++) {
    let hash = charSeed;
    for (let size = 1; size <= config.charMax && start + size <= length; size++) {
      hash = step(hash, units[start + size - 1]!);
      if (size >= config.charMin) push(finish(hash) & mask);
    }
  }
  for (let word = 0; word < words; word++) {
    push(wordHashes[word]! & mask);
    if (config.wordMax >= 2 && word + 1 < words) push(finish(step(step(pairSeed, wordHashes[word]!), wordHashes[word + 1]!)) & mask);
  }
  const vector = toVector(hashes.subarray(0, count), config.bits);
  if (ngramCache.size >= ngramCacheSize) ngramCache.delete(ngramCache.keys().next().value!);
  ngramCache.set(key, vector);
  return vector;
}

/** The weight of each extra feature: outside the unit-length n-gram part, so a rule that fires counts whatever the text's length. */
export const extraFeatureWeight = 0.25;

/**
 * The n-gram part is scaled to unit length, except that a text with little evidence (a squared
 * norm under this, about 64 distinct n-grams: under ~25 characters) is scaled as if it had this
 * much, so "hi" does not weigh each of its few n-grams as heavily as a paragraph's: short texts
 * stay near the model's prior instead of at its extremes.
 */
const minSquaredNorm = 64;

/** Scratch space per bucket, grown to the largest bucket range seen: hit counts and each bucket's slot in the vector. */
let counts = new Uint16Array(0);
let slots = new Int32Array(0);

/**
 * Merges repeated bucket hits into damped counts (1 + ln count) and scales the vector to unit
 * length (see minSquaredNorm). Linear in the hits: no sort.
 */
function toVector(hits: Int32Array, bits: number): SparseVector {
  reserveScratch(bits);
  const indices = new Int32Array(hits.length);
  let distinct = 0;
  for (let index = 0; index < hits.length; index++) {
    const bucket = hits[index]!;
    if (counts[bucket] === 0) indices[distinct++] = bucket;
    if (counts[bucket]! < 65_535) counts[bucket]!++;
  }
  const values = new Float32Array(distinct);
  let norm = 0;
  for (let slot = 0; slot < distinct; slot++) {
    const value = 1 + Math.log(counts[indices[slot]!]!);
    values[slot] = value;
    norm += value * value;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(Math.max(norm, minSquaredNorm)) : 0;
  for (let slot = 0; slot < distinct; slot++) {
    values[slot]! *= scale;
    counts[indices[slot]!] = 0;
  }
  return { indices: indices.slice(0, distinct), values };
}

function reserveScratch(bits: number): void {
  if (counts.length >= 1 << bits) return;
  counts = new Uint16Array(1 << bits);
  slots = new Int32Array(1 << bits);
}

/** A copy of `vector` with `extraFeatureWeight` added per extra bucket (an extra on an n-gram's bucket adds to it). */
function withExtras(vector: SparseVector, buckets: readonly number[], bits: number): SparseVector {
  reserveScratch(bits);
  const size = vector.indices.length;
  const indices = new Int32Array(size + buckets.length);
  const values = new Float32Array(size + buckets.length);
  indices.set(vector.indices);
  values.set(vector.values);
  for (let slot = 0; slot < size; slot++) {
    counts[indices[slot]!] = 1;
    slots[indices[slot]!] = slot;
  }
  let distinct = size;
  for (const bucket of buckets) {
    if (counts[bucket] === 0) {
      counts[bucket] = 1;
      slots[bucket] = distinct;
      indices[distinct++] = bucket;
    }
    values[slots[bucket]!]! += extraFeatureWeight;
  }
  for (let slot = 0; slot < distinct; slot++) counts[indices[slot]!] = 0;
  return { indices: indices.subarray(0, distinct), values: values.subarray(0, distinct) };
}
