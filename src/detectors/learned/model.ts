import { VouchError } from '../../core/errors.js';
import { extractFeatures, type FeatureConfig, type SparseVector } from './features.js';

/**
 * `softmax`: one label per text, the first class is the negative one ("BENIGN"), and the output is
 * the probability of any other class. `sigmoid`: independent labels (a text may have several), one
 * output per class.
 */
export type ModelKind = 'softmax' | 'sigmoid';

/** Platt scaling of an output's raw logit: p = 1 / (1 + e^-(a·z + b)). */
export interface Calibration {
  a: number;
  b: number;
}

/** Everything about a model except its weights; stored as JSON at the head of the model file. */
export interface ModelHeader {
  format: 1;
  /** Detector the model was trained for. */
  detector: string;
  kind: ModelKind;
  classes: string[];
  features: FeatureConfig;
  /**
   * Per class: the weight each stored int8 value stands for (256 entries, index = value + 128).
   * Codes are spaced logarithmically, so small and large weights both keep their precision.
   */
  codebooks: number[][];
  bias: number[];
  /** Per output (softmax: one; sigmoid: one per class). */
  calibration: Calibration[];
  /** Per output: the calibrated score at or above which a text is flagged (set for ≤ 1% false positives on held-out data). */
  thresholds: number[];
  /** Provenance and held-out metrics, as the trainer wrote them. */
  trainedAt: string;
  dataSha256: string;
  examples: number;
  metrics: Record<string, unknown>;
}

const magic = 'VMDL';

/**
 * A linear model over hashed features with int8 weights (one row of `classes` weights per bucket,
 * so a feature's weights sit together in memory).
 */
export class LinearModel {
  readonly header: ModelHeader;
  private readonly weights: Int8Array;
  private readonly logits: Float64Array;
  /** Class-major decode tables: decode[class × 256 + value + 128]. */
  private readonly decode: Float64Array;

  constructor(header: ModelHeader, weights: Int8Array) {
    const expected = (1 << header.features.bits) * header.classes.length;
    if (weights.length !== expected) throw new VouchError('VOUCH_CONFIG_INVALID', `model weights: expected ${expected} values for ${header.classes.length} classes and ${header.features.bits} bits, found ${weights.length}`);
    if (header.codebooks?.length !== header.classes.length || header.codebooks.some((book) => book.length !== 256)) {
      throw new VouchError('VOUCH_CONFIG_INVALID', 'model header: expected one 256-entry codebook per class');
    }
    this.header = header;
    this.weights = weights;
    this.logits = new Float64Array(header.classes.length);
    this.decode = Float64Array.from(header.codebooks.flat());
  }

  get classes(): readonly string[] {
    return this.header.classes;
  }

  vectorize(text: string, extras: readonly string[] = []): SparseVector {
    return extractFeatures(text, this.header.features, extras);
  }

  /** Raw logits per class (a view reused by the next call: copy it to keep it). */
  logitsOf(vector: SparseVector): Float64Array {
    const classes = this.header.classes.length;
    const logits = this.logits;
    for (let column = 0; column < classes; column++) logits[column] = 0;
    const { indices, values } = vector;
    const decode = this.decode;
    for (let entry = 0; entry < indices.length; entry++) {
      const row = indices[entry]! * classes;
      const value = values[entry]!;
      for (let column = 0; column < classes; column++) logits[column]! += decode[column * 256 + 128 + this.weights[row + column]!]! * value;
    }
    for (let column = 0; column < classes; column++) logits[column] = logits[column]! + this.header.bias[column]!;
    return logits;
  }

  /**
   * The uncalibrated output logits: softmax, one value (log-odds of not being the first class);
   * sigmoid, one per class.
   */
  outputLogits(vector: SparseVector): number[] {
    const logits = this.logitsOf(vector);
    if (this.header.kind === 'sigmoid') return Array.from(logits);
    return [positiveLogOdds(logits)];
  }

  /** The calibrated score of one class of a sigmoid model, computing only that class's logit. */
  classScore(vector: SparseVector, column: number): number {
    const classes = this.header.classes.length;
    const { indices, values } = vector;
    const decode = this.decode;
    const base = column * 256 + 128;
    let logit = this.header.bias[column]!;
    for (let entry = 0; entry < indices.length; entry++) logit += decode[base + this.weights[indices[entry]! * classes + column]!]! * values[entry]!;
    return calibrate(logit, this.header.calibration[column] ?? { a: 1, b: 0 });
  }

  /** Calibrated scores in [0, 1], one per output. */
  scores(vector: SparseVector): number[] {
    return this.outputLogits(vector).map((logit, output) => calibrate(logit, this.header.calibration[output] ?? { a: 1, b: 0 }));
  }

  /** The most likely non-first class of a softmax model (the technique of an attack). */
  topPositiveClass(vector: SparseVector): string {
    const logits = this.logitsOf(vector);
    let best = 1;
    for (let column = 2; column < logits.length; column++) if (logits[column]! > logits[best]!) best = column;
    return this.header.classes[best]!;
  }

  /** The model file: "VMDL", the header's byte length (uint32 LE), the header as JSON, padding to 4, the int8 weights. */
  serialize(): Uint8Array {
    const header = new TextEncoder().encode(JSON.stringify(this.header));
    const weightsAt = align4(8 + header.length);
    const bytes = new Uint8Array(weightsAt + this.weights.length);
    bytes.set(new TextEncoder().encode(magic), 0);
    new DataView(bytes.buffer).setUint32(4, header.length, true);
    bytes.set(header, 8);
    bytes.set(new Uint8Array(this.weights.buffer, this.weights.byteOffset, this.weights.length), weightsAt);
    return bytes;
  }

  /** Reads a model file; `source` names it in errors. */
  static parse(bytes: Uint8Array, source: string): LinearModel {
    const invalid = (what: string): VouchError =>
      new VouchError('VOUCH_CONFIG_INVALID', `${source}: not a Vouch model file (${what})`, { fix: 'Point the policy at a file written by `vouch train`.' });
    if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== magic) throw invalid('it does not start with "VMDL"');
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getUint32(4, true);
    if (8 + headerLength > bytes.length) throw invalid('its header runs past the end of the file');
    let header: ModelHeader;
    try {
      header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as ModelHeader;
    } catch (error) {
      throw invalid(`its header is not JSON: ${(error as Error).message}`);
    }
    if (header.format !== 1) throw invalid(`format ${String(header.format)} is not 1`);
    const weightsAt = align4(8 + headerLength);
    return new LinearModel(header, new Int8Array(bytes.buffer.slice(bytes.byteOffset + weightsAt, bytes.byteOffset + bytes.length)));
  }
}

function align4(offset: number): number {
  return (offset + 3) & ~3;
}

/** log P(not first class) − log P(first class) of a softmax over `logits`. */
export function positiveLogOdds(logits: ArrayLike<number>): number {
  let max = -Infinity;
  for (let column = 1; column < logits.length; column++) max = Math.max(max, logits[column]!);
  let sum = 0;
  for (let column = 1; column < logits.length; column++) sum += Math.exp(logits[column]! - max);
  return max + Math.log(sum) - logits[0]!;
}

export function calibrate(logit: number, calibration: Calibration): number {
  return 1 / (1 + Math.exp(-(calibration.a * logit + calibration.b)));
}
