import { VouchError } from '../../core/errors.js';
import { fitPlatt } from './calibrate.js';
import { defaultFeatureConfig, extractFeatures, type FeatureConfig } from './features.js';
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
}

export interface FitOptions {
  detector: string;
  kind: ModelKind;
  /** Every class; for softmax the first is the negative class. */
  classes: readonly string[];
  features?: FeatureConfig;
  /** False-positive rate the thresholds are set for, on the calibration split (default 0.01). */
  maxFalsePositiveRate?: number;
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
}

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
    return { split: splitOf(item.group ?? item.text), example: { vector: extractFeatures(item.text, features, item.extras), targets } satisfies TrainingExample };
  });
  const bySplit = (split: string): TrainingExample[] => prepared.filter((item) => item.split === split).map((item) => item.example);
  const train = bySplit('train');
  const calibration = bySplit('calibration');
  const test = bySplit('test');
  if (train.length === 0 || calibration.length === 0 || test.length === 0) {
    throw new VouchError('VOUCH_INPUT_INVALID', `too little training data: ${train.length} train, ${calibration.length} calibration, ${test.length} test texts after the split by group`, {
      fix: 'Provide more texts (a few hundred at least) in more groups.',
    });
  }
  const trained = trainLinear(train, { kind: options.kind, classes: options.classes.length, bits: features.bits, epochs: options.epochs ?? 8, seed: options.seed ?? 1 });
  const { values, scales } = quantize(trained.weights, options.classes.length);
  const outputs = options.kind === 'softmax' ? ['ANY'] : [...options.classes];
  const header: ModelHeader = {
    format: 1,
    detector: options.detector,
    kind: options.kind,
    classes: [...options.classes],
    features,
    scales,
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
  const calibrationLogits = calibration.map((example) => model.outputLogits(example.vector));
  outputs.forEach((_, output) => {
    header.calibration[output] = fitPlatt(calibrationLogits.map((logits) => logits[output]!), calibration.map((example) => positiveOf(example, output)));
  });
  const maxRate = options.maxFalsePositiveRate ?? 0.01;
  const calibrationScores = calibration.map((example) => model.scores(example.vector));
  outputs.forEach((_, output) => {
    const items = calibration.map((example, index) => ({ score: calibrationScores[index]![output]!, positive: positiveOf(example, output) }));
    header.thresholds[output] = Math.min(0.99, thresholdForFalsePositiveRate(items, maxRate).threshold);
  });
  const testScores = test.map((example) => model.scores(example.vector));
  const report: FitReport = {
    splits: { train: train.length, calibration: calibration.length, test: test.length },
    outputs: outputs.map((name, output) => outputReport(name, test.map((example, index) => ({ score: testScores[index]![output]!, positive: positiveOf(example, output) })), header.thresholds[output]!)),
  };
  if (options.kind === 'softmax') report.recallByClass = recallByClass(test, testScores, options.classes, header.thresholds[0]!);
  else {
    const f1s = report.outputs.filter((entry) => entry.positives > 0).map((entry) => entry.atThreshold.f1 ?? 0);
    report.macroF1 = f1s.length ? f1s.reduce((sum, value) => sum + value, 0) / f1s.length : null;
  }
  header.metrics = { ...report };
  return { model, report };
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
