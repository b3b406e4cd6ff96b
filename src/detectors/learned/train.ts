import { createRandom } from '../../core/random.js';
import type { SparseVector } from './features.js';
import type { ModelKind } from './model.js';

/** One training text as features, with the indices of its classes (softmax: exactly one). */
export interface TrainingExample {
  vector: SparseVector;
  targets: readonly number[];
}

export interface TrainOptions {
  kind: ModelKind;
  classes: number;
  bits: number;
  /** Passes over the data (default 8). */
  epochs?: number;
  /** AdaGrad step size (default 0.05). */
  learningRate?: number;
  /** L2 penalty per update on the weights an example touches (default 1e-6). */
  l2?: number;
  /** Seeds the shuffle, so the same data gives the same model. */
  seed?: number;
}

export interface TrainedWeights {
  /** Row-major by bucket: weights[bucket × classes + class]. */
  weights: Float32Array;
  bias: Float64Array;
}


/**
 * Per class, how much an example of it weighs, so a rare technique or category is not drowned by
 * the common ones: softmax classes are balanced against the largest one (at most 20×).
 */
function classWeights(examples: readonly TrainingExample[], classes: number, kind: ModelKind): Float64Array {
  const counts = new Float64Array(classes);
  for (const example of examples) for (const target of example.targets) counts[target]! += 1;
  const weights = new Float64Array(classes);
  if (kind === 'softmax') {
    const largest = Math.max(...counts);
    for (let index = 0; index < classes; index++) weights[index] = counts[index]! > 0 ? Math.min(20, largest / counts[index]!) : 1;
    return weights;
  }
  // Sigmoid: a positive weighs the square root of its class's negatives-to-positives ratio (at most
  // 5×): full balancing would raise every class's prior, and with it the score of short texts that
  // carry little evidence either way; Platt scaling fits the rest.
  for (let index = 0; index < classes; index++) weights[index] = counts[index]! > 0 ? Math.min(5, Math.sqrt((examples.length - counts[index]!) / counts[index]!)) : 1;
  return weights;
}

/**
 * Logistic regression over sparse hashed features (softmax or one sigmoid per class), trained
 * by AdaGrad with L2, in a seeded order. Deterministic for the same examples and options.
 */
export function trainLinear(examples: readonly TrainingExample[], options: TrainOptions): TrainedWeights {
  const classes = options.classes;
  const size = (1 << options.bits) * classes;
  const weights = new Float32Array(size);
  const squares = new Float32Array(size);
  const bias = new Float64Array(classes);
  const biasSquares = new Float64Array(classes);
  const rate = options.learningRate ?? 0.05;
  const l2 = options.l2 ?? 1e-6;
  const balance = classWeights(examples, classes, options.kind);
  const random = createRandom(options.seed ?? 1);
  const order = examples.map((_, index) => index);
  const logits = new Float64Array(classes);
  const gradient = new Float64Array(classes);
  for (let epoch = 0; epoch < (options.epochs ?? 8); epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    for (const position of order) {
      const example = examples[position]!;
      const { indices, values } = example.vector;
      for (let column = 0; column < classes; column++) logits[column] = bias[column]!;
      for (let entry = 0; entry < indices.length; entry++) {
        const row = indices[entry]! * classes;
        const value = values[entry]!;
        for (let column = 0; column < classes; column++) logits[column]! += weights[row + column]! * value;
      }
      lossGradient(options.kind, logits, example.targets, balance, gradient);
      for (let column = 0; column < classes; column++) {
        const step = gradient[column]!;
        biasSquares[column]! += step * step;
        bias[column]! -= (rate * step) / Math.sqrt(biasSquares[column]! + 1e-8);
      }
      for (let entry = 0; entry < indices.length; entry++) {
        const row = indices[entry]! * classes;
        const value = values[entry]!;
        for (let column = 0; column < classes; column++) {
          const slot = row + column;
          const step = gradient[column]! * value + l2 * weights[slot]!;
          if (step === 0) continue;
          squares[slot]! += step * step;
          weights[slot]! -= (rate * step) / Math.sqrt(squares[slot]! + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}

/** d(loss)/d(logit) per class for one example, weighted by its classes' balance weights. */
function lossGradient(kind: ModelKind, logits: Float64Array, targets: readonly number[], balance: Float64Array, into: Float64Array): void {
  const classes = logits.length;
  if (kind === 'softmax') {
    let max = -Infinity;
    for (let column = 0; column < classes; column++) max = Math.max(max, logits[column]!);
    let sum = 0;
    for (let column = 0; column < classes; column++) sum += Math.exp(logits[column]! - max);
    const target = targets[0] ?? 0;
    const weight = balance[target]!;
    for (let column = 0; column < classes; column++) into[column] = weight * (Math.exp(logits[column]! - max) / sum - (column === target ? 1 : 0));
    return;
  }
  for (let column = 0; column < classes; column++) {
    const positive = targets.includes(column);
    const probability = 1 / (1 + Math.exp(-logits[column]!));
    into[column] = (positive ? balance[column]! : 1) * (probability - (positive ? 1 : 0));
  }
}

/**
 * Per class: int8 codes and the codebook they index. Magnitudes are coded on a log scale between
 * the class's smallest meaningful weight (its median non-zero magnitude / 64) and its largest, so
 * one large weight (a rule that fires, say) does not round every small one to zero.
 */
export function quantize(weights: Float32Array, classes: number): { values: Int8Array; codebooks: number[][] } {
  const codebooks: number[][] = [];
  const parameters: { small: number; span: number }[] = [];
  for (let column = 0; column < classes; column++) {
    const magnitudes: number[] = [];
    for (let slot = column; slot < weights.length; slot += classes) if (weights[slot] !== 0) magnitudes.push(Math.abs(weights[slot]!));
    magnitudes.sort((a, b) => a - b);
    const largest = magnitudes[magnitudes.length - 1] ?? 1;
    const small = Math.max((magnitudes[Math.floor(magnitudes.length / 2)] ?? 1) / 64, largest * 1e-6, 1e-12);
    const span = Math.log(largest / small);
    parameters.push({ small, span: span > 0 ? span : 1 });
    const book = new Array<number>(256).fill(0);
    for (let code = 1; code <= 127; code++) {
      const magnitude = small * Math.exp(((code - 1) / 126) * (span > 0 ? span : 0));
      book[128 + code] = magnitude;
      book[128 - code] = -magnitude;
    }
    codebooks.push(book);
  }
  const values = new Int8Array(weights.length);
  for (let slot = 0; slot < weights.length; slot++) {
    const weight = weights[slot]!;
    const { small, span } = parameters[slot % classes]!;
    const magnitude = Math.abs(weight);
    if (magnitude < small / 2) continue;
    const code = Math.min(127, Math.max(1, 1 + Math.round((Math.log(Math.max(magnitude, small) / small) / span) * 126)));
    values[slot] = weight < 0 ? -code : code;
  }
  return { values, codebooks };
}
