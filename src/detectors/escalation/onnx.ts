import type * as Ort from 'onnxruntime-node';
import { isVouchError } from '../../core/errors.js';
import { raceAbort, targetFailed } from './failure.js';
import { findModelFiles, hashFile, labelType, readLabels, type LabelSet } from './onnx-model-dir.js';
import type { EscalationAdapter, EscalationRequest, EscalationVerdict, OnnxClassifierConfig } from './types.js';
import { loadWordPieceTokenizer, type Encoding, type WordPieceTokenizer } from './wordpiece.js';

export type OnnxRuntime = typeof Ort;

export interface OnnxAdapterOptions {
  /** Loads onnxruntime-node; replaced in tests. Default: `import('onnxruntime-node')`. */
  loadRuntime?: () => Promise<OnnxRuntime>;
}

/** An ONNX adapter can be loaded ahead of the first check, so that check stays within its budget. */
export interface OnnxAdapter extends EscalationAdapter {
  /** Reads the model directory and creates the session (once); rejects like `check` would. */
  load(): Promise<void>;
}

interface LoadedClassifier {
  runtime: OnnxRuntime;
  session: Ort.InferenceSession;
  tokenizer: WordPieceTokenizer;
  labels: LabelSet;
  output: string;
  model: string;
}

/** Inputs Vouch can feed, by the names Hugging Face exports use. */
const inputBuilders: Readonly<Record<string, (encoding: Encoding) => number[]>> = {
  input_ids: (encoding) => encoding.inputIds,
  attention_mask: (encoding) => encoding.attentionMask,
  token_type_ids: (encoding) => encoding.tokenTypeIds,
  position_ids: (encoding) => encoding.inputIds.map((_, index) => index),
};

const defaultLoadRuntime = async (): Promise<OnnxRuntime> => (await import('onnxruntime-node')) as OnnxRuntime;

async function loadRuntime(load: () => Promise<OnnxRuntime>): Promise<OnnxRuntime> {
  try {
    return await load();
  } catch (error) {
    throw targetFailed({ adapter: 'onnx', target: 'onnxruntime-node' }, `cannot be loaded: ${(error as Error).message}`, {
      fix: 'Install it (`npm install onnxruntime-node`); it ships CPU binaries for linux, macOS and Windows.',
      cause: error,
    });
  }
}

async function loadClassifier(config: OnnxClassifierConfig, options: OnnxAdapterOptions): Promise<LoadedClassifier> {
  const files = await findModelFiles(config.directory);
  const [tokenizer, labels, hash] = await Promise.all([loadWordPieceTokenizer(files.tokenizer), readLabels(files.config, config.positiveLabels), hashFile(files.model)]);
  const runtime = await loadRuntime(options.loadRuntime ?? defaultLoadRuntime);
  let session: Ort.InferenceSession;
  try {
    session = await runtime.InferenceSession.create(files.model, { executionProviders: ['cpu'], graphOptimizationLevel: 'all', logSeverityLevel: 3 });
  } catch (error) {
    throw targetFailed({ adapter: 'onnx', target: files.model }, `cannot be loaded by onnxruntime: ${(error as Error).message}`, {
      fix: 'Check that it is a complete ONNX export of a sequence classifier.',
      cause: error,
    });
  }
  const unknownInput = session.inputNames.find((name) => inputBuilders[name] === undefined);
  if (unknownInput !== undefined) {
    throw targetFailed({ adapter: 'onnx', target: files.model }, `model input "${unknownInput}" is not one Vouch can feed (${Object.keys(inputBuilders).join(', ')})`, {
      fix: 'Export a BERT-style sequence classifier.',
    });
  }
  const output = session.outputNames.includes('logits') ? 'logits' : session.outputNames[0]!;
  return { runtime, session, tokenizer, labels, output, model: `onnx:${files.model}#sha256:${hash.slice(0, 16)}` };
}

/** Class probabilities: softmax of the logits, or a sigmoid for a single-logit model. */
export function probabilities(logits: readonly number[]): number[] {
  if (logits.length === 1) return [1 / (1 + Math.exp(-logits[0]!))];
  const max = Math.max(...logits);
  const exps = logits.map((logit) => Math.exp(logit - max));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

/** Score = summed probability of the positive labels; types = positive labels at 0.5 or more (or the likeliest one when the score is). */
export function scoreLabels(labels: LabelSet, probs: readonly number[]): { score: number; types: string[] } {
  const positive = labels.labels.map((label, index) => ({ label, probability: probs[index] ?? 0, positive: labels.positive[index] === true })).filter((entry) => entry.positive);
  const score = Math.min(1, positive.reduce((total, entry) => total + entry.probability, 0));
  if (score < 0.5) return { score, types: [] };
  const ranked = positive.sort((left, right) => right.probability - left.probability);
  const strong = ranked.filter((entry) => entry.probability >= 0.5);
  const types = (strong.length > 0 ? strong : ranked.slice(0, 1)).map((entry) => labelType(entry.label));
  return { score, types: [...new Set(types)] };
}

async function classify(classifier: LoadedClassifier, text: string, maxLength: number): Promise<EscalationVerdict> {
  const encoding = classifier.tokenizer.encode(text, maxLength);
  const feeds: Record<string, Ort.Tensor> = {};
  for (const name of classifier.session.inputNames) {
    const values = inputBuilders[name]!(encoding);
    feeds[name] = new classifier.runtime.Tensor('int64', BigInt64Array.from(values, (value) => BigInt(value)), [1, values.length]);
  }
  const results = await classifier.session.run(feeds);
  const logits = Array.from(results[classifier.output]!.data as Float32Array);
  if (logits.length !== classifier.labels.labels.length) {
    throw targetFailed({ adapter: 'onnx', target: classifier.model }, `model gives ${logits.length} logits but config.json id2label has ${classifier.labels.labels.length} labels`, {
      fix: 'Use the config.json exported with this model.',
    });
  }
  return { ...scoreLabels(classifier.labels, probabilities(logits)), model: classifier.model };
}

/**
 * An adapter that runs a local Hugging Face sequence classifier (model.onnx, tokenizer.json,
 * config.json) with onnxruntime-node, loaded on first use (or by `load()`).
 * @example
 * const classifier = createOnnxAdapter({ type: 'onnx', directory: 'models/injection-guard', maxLength: 512 });
 * await classifier.load();
 * const verdict = await classifier.check({ text, detector: 'prompt-injection', stage: 'input', localScore: 0.5, signal });
 */
export function createOnnxAdapter(config: OnnxClassifierConfig, options: OnnxAdapterOptions = {}): OnnxAdapter {
  let loading: Promise<LoadedClassifier> | undefined;
  const load = (): Promise<LoadedClassifier> => {
    loading ??= loadClassifier(config, options).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return {
    id: 'onnx',
    async load() {
      await load();
    },
    async check(request: EscalationRequest) {
      let target = config.directory;
      try {
        const classifier = await raceAbort(load(), request.signal, { adapter: 'onnx', target });
        target = classifier.model;
        return await raceAbort(classify(classifier, request.text, config.maxLength), request.signal, { adapter: 'onnx', target });
      } catch (error) {
        if (isVouchError(error)) throw error;
        throw targetFailed({ adapter: 'onnx', target }, `failed: ${(error as Error).message}`, { cause: error });
      }
    },
  };
}
