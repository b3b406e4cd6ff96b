import { VouchError } from '../../core/errors.js';
import { fitPlatt } from './calibrate.js';
import { chunkSpans } from './chunks.js';
import { defaultFeatureConfig, extractFeatures, type FeatureConfig, type SparseVector } from './features.js';
import { metricsAt, rocAuc, thresholdForFalsePositiveRate, type ScoredLabel, type ThresholdMetrics } from './metrics.js';
import { LinearModel, type ModelHeader, type ModelKind } from './model.js';
import { quantize, trainLinear, type TrainingExample } from './train.js';

/** A labelled text ready for training: its class names, extra features, and a group for splitting. */
export interface LabelledText {
  text: string;
  /** Class names; for a softmax model exactly one (the negative class for a negative text). */
  targets: readonly string[];
  /** Extra named features (rules that fired, the text's source). */
  extras?: readonly string[];
  /** Texts of one group (paraphrases of one idea) stay in one split; default the text itself. */
  group?: string;
  /** "train": always trained on, never held out (background texts that would make the held-out measures easier). */
  split?: 'train';
}

export interface FitOptions {
  detector: string;
  kind: ModelKind;
  /** Every class; for softmax the first is the negative class. */
  classes: readonly string[];
  features?: FeatureConfig;
  /** False-positive rate the thresholds are set for, on the calibration split (default 0.01). */
  maxFalsePositiveRate?: number;
  /**
   * Sigmoid models: one threshold for every class, set so that at most `maxFalsePositiveRate` of
   * texts with no class reach it in any class (the detector's own false-positive rate), instead
   * of one per class (whose rates add up across classes).
   */
  sharedThreshold?: boolean;
  epochs?: number;
  seed?: number;
  /** sha256 of the training data file, recorded in the model. */
  dataSha256: string;
  /** Clock for the model's `trainedAt` (tests pass a fixed one). */
  now?: () => Date;
}

/** Held-out measures of one output on the test split. */
export interface OutputReport {
  output: string;
  positives: number;
  negatives: number;
  rocAuc: number | null;
  /** True-positive rate at the highest false-positive rate ≤ 1% on the test split itself. */
  truePositiveRateAt1PercentFpr: number;
  /** At the model's threshold (chosen on the calibration split). */
  atThreshold: ThresholdMetrics & { falsePositiveRate: number };
}

export interface FitReport {
  splits: { train: number; calibration: number; test: number };
  outputs: OutputReport[];
  /** Softmax: share of the test attacks of each class flagged at the threshold. */
  recallByClass?: Record<string, { flagged: number; total: number }>;
  /** Sigmoid: mean F1 over classes with test positives. */
  macroF1?: number | null;
  /** Shared threshold: the text is flagged when any class reaches it. */
  anyClass?: OutputReport;
}

const emptyVector: SparseVector = { indices: new Int32Array(0), values: new Float32Array(0) };

/** Which split a group falls in: 70% train, 15% calibration, 15% test, by a hash of the group. */
export function splitOf(group: string): 'train' | 'calibration' | 'test' {
  let hash = 0x811c9dc5;
  for (let index = 0; index < group.length; index++) hash = Math.imul(hash ^ group.charCodeAt(index), 16_777_619);
  const bucket = ((hash ^ (hash >>> 15)) >>> 0) % 100;
  return bucket < 70 ? 'train' : bucket < 85 ? 'calibration' : 'test';
}

/**
 * Trains a model on the train split, calibrates it and sets its thresholds on the calibration
 * split, and measures it on the test split.
 */
export function fitModel(texts: readonly LabelledText[], options: FitOptions): { model: LinearModel; report: FitReport } {
  const features = options.features ?? defaultFeatureConfig;
  const classIndex = new Map(options.classes.map((name, index) => [name, index]));
  const prepared = texts.map((item, index) => {
    const targets = item.targets.map((name) => {
      const found = classIndex.get(name);
      if (found === undefined) throw new VouchError('VOUCH_INPUT_INVALID', `training text ${index + 1}: unknown class "${name}"`, { fix: `Use one of: ${options.classes.join(', ')}.` });
      return found;
    });
    if (options.kind === 'softmax' && targets.length !== 1) throw new VouchError('VOUCH_INPUT_INVALID', `training text ${index + 1}: needs exactly one class, found ${targets.length}`);
    const split = item.split ?? splitOf(item.group ?? item.text);
    // Held-out texts are scored as the detector scores them: each chunk, then the best chunk.
    const chunks = split === 'train' ? [] : chunkSpans(item.text).map(([start, end]) => extractFeatures(item.text.slice(start, end), features, item.extras));
    // Test texts are only ever scored by chunk; train and calibration texts as a whole.
    const vector = split === 'test' ? emptyVector : extractFeatures(item.text, features, item.extras);
    return { split, chunks, example: { vector, targets } satisfies TrainingExample };
  });
  const bySplit = (split: string): TrainingExample[] => prepared.filter((item) => item.split === split).map((item) => item.example);
  const chunksOf = (split: string): SparseVector[][] => prepared.filter((item) => item.split === split).map((item) => item.chunks);
  const train = bySplit('train');
  const calibration = bySplit('calibration');
  const test = bySplit('test');
  if (train.length === 0 || calibration.length === 0 || test.length === 0) {
    throw new VouchError('VOUCH_INPUT_INVALID', `too little training data: ${train.length} train, ${calibration.length} calibration, ${test.length} test texts after the split by group`, {
      fix: 'Provide more texts (a few hundred at least) in more groups.',
    });
  }
  const trained = trainLinear(train, { kind: options.kind, classes: options.classes.length, bits: features.bits, epochs: options.epochs ?? 8, seed: options.seed ?? 1 });
  const { values, codebooks } = quantize(trained.weights, options.classes.length);
  const outputs = options.kind === 'softmax' ? ['ANY'] : [...options.classes];
  const header: ModelHeader = {
    format: 1,
    detector: options.detector,
    kind: options.kind,
    classes: [...options.classes],
    features,
    codebooks,
    bias: Array.from(trained.bias),
    calibration: outputs.map(() => ({ a: 1, b: 0 })),
    thresholds: outputs.map(() => 0.5),
    trainedAt: (options.now ?? (() => new Date()))().toISOString(),
    dataSha256: options.dataSha256,
    examples: train.length,
    metrics: {},
  };
  const model = new LinearModel(header, values);
  const positiveOf = (example: TrainingExample, output: number): boolean => (options.kind === 'softmax' ? example.targets[0] !== 0 : example.targets.includes(output));
  const calibrationChunks = chunksOf('calibration');
  const testChunks = chunksOf('test');
  // Platt scaling is fitted on whole texts; thresholds and measures use the best chunk, as scans do.
  const calibrationLogits = calibration.map((example) => model.outputLogits(example.vector));
  outputs.forEach((_, output) => {
    header.calibration[output] = fitPlatt(calibrationLogits.map((logits) => logits[output]!), calibration.map((example) => positiveOf(example, output)));
  });
  const maxRate = options.maxFalsePositiveRate ?? 0.01;
  const calibrationScores = calibrationChunks.map((chunks) => bestChunkScores(model, chunks));
  if (options.sharedThreshold && options.kind === 'sigmoid') {
    const items = calibration.map((example, index) => ({ score: Math.max(...calibrationScores[index]!), positive: example.targets.length > 0 }));
    const shared = Math.min(0.99, thresholdForFalsePositiveRate(items, maxRate).threshold);
    header.thresholds = outputs.map(() => shared);
  } else {
    outputs.forEach((_, output) => {
      const items = calibration.map((example, index) => ({ score: calibrationScores[index]![output]!, positive: positiveOf(example, output) }));
      header.thresholds[output] = Math.min(0.99, thresholdForFalsePositiveRate(items, maxRate).threshold);
    });
  }
  const testScores = testChunks.map((chunks) => bestChunkScores(model, chunks));
  const report: FitReport = {
    splits: { train: train.length, calibration: calibration.length, test: test.length },
    outputs: outputs.map((name, output) => outputReport(name, test.map((example, index) => ({ score: testScores[index]![output]!, positive: positiveOf(example, output) })), header.thresholds[output]!)),
  };
  if (options.kind === 'softmax') report.recallByClass = recallByClass(test, testScores, options.classes, header.thresholds[0]!);
  else {
    if (options.sharedThreshold) {
      const items = test.map((example, index) => ({ score: Math.max(...testScores[index]!), positive: example.targets.length > 0 }));
      report.anyClass = outputReport('ANY', items, header.thresholds[0]!);
    }
    const f1s = report.outputs.filter((entry) => entry.positives > 0).map((entry) => entry.atThreshold.f1 ?? 0);
    report.macroF1 = f1s.length ? f1s.reduce((sum, value) => sum + value, 0) / f1s.length : null;
  }
  header.metrics = { ...report };
  return { model, report };
}

/** Per output, the best score over a text's chunks. */
function bestChunkScores(model: LinearModel, chunks: readonly SparseVector[]): number[] {
  const best = model.scores(chunks[0]!);
  for (let index = 1; index < chunks.length; index++) model.scores(chunks[index]!).forEach((score, output) => (best[output] = Math.max(best[output]!, score)));
  return best;
}

function outputReport(output: string, items: ScoredLabel[], threshold: number): OutputReport {
  const positives = items.filter((item) => item.positive).length;
  const at = metricsAt(items, threshold);
  const negatives = items.length - positives;
  return {
    output,
    positives,
    negatives,
    rocAuc: rocAuc(items),
    truePositiveRateAt1PercentFpr: thresholdForFalsePositiveRate(items, 0.01).truePositiveRate,
    atThreshold: { ...at, falsePositiveRate: negatives ? at.falsePositives / negatives : 0 },
  };
}

function recallByClass(test: readonly TrainingExample[], scores: readonly number[][], classes: readonly string[], threshold: number): Record<string, { flagged: number; total: number }> {
  const result: Record<string, { flagged: number; total: number }> = {};
  test.forEach((example, index) => {
    const target = example.targets[0]!;
    if (target === 0) return;
    const entry = (result[classes[target]!] ??= { flagged: 0, total: 0 });
    entry.total++;
    if (scores[index]![0]! >= threshold) entry.flagged++;
  });
  return result;
}
