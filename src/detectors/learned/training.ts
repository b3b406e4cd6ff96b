import { z } from 'zod';
import { VouchError } from '../../core/errors.js';
import { createTextViews } from '../../text/views.js';
import type { TextSource } from '../types.js';
import { fitModel, type FitReport, type LabelledText } from './fit.js';
import type { FeatureConfig } from './features.js';
import type { LinearModel, ModelKind } from './model.js';
import type { ThreatRule } from './rules.js';

/** What `vouch train` needs to know about a learned detector. */
export interface TrainableDetector {
  id: string;
  kind: ModelKind;
  /** Softmax: the negative class first. */
  classes: readonly string[];
  rules: readonly ThreatRule[];
  /** Reads one line of training data into class names, failing with a message that names the field. */
  targetsOf(line: TrainingLine): string[];
  /** One line of the expected format, for error messages. */
  example: string;
  features?: FeatureConfig;
  /** One threshold for all classes, set on the detector's false-positive rate (see FitOptions). */
  sharedThreshold?: boolean;
}

export const trainingLineSchema = z
  .object({
    text: z.string().min(1),
    label: z.string().min(1).optional(),
    labels: z.array(z.string()).optional(),
    source: z.enum(['user', 'document', 'tool', 'model']).optional(),
    group: z.string().min(1).optional(),
    split: z.literal('train').optional(),
  })
  .passthrough();

export type TrainingLine = z.infer<typeof trainingLineSchema>;

/**
 * The text and extra features a model sees for `text`, exactly as the detector computes them at
 * scan time for a chunk of the normalized view: the rules that fire and where the text came from.
 */
export function trainingInput(rules: readonly ThreatRule[], text: string, source: TextSource = 'user'): { text: string; extras: string[] } {
  const normalized = createTextViews(text).view('normalized').text;
  const fired = new Set<string>();
  for (const rule of rules) if (rule.find(normalized).length > 0) fired.add(`rule:${rule.id}`);
  return { text: normalized, extras: [`source:${source}`, ...fired] };
}

/**
 * Parses JSONL training data for `detector`: every line must be valid, and an error names the
 * file, the line, the field and the expected form.
 */
export function parseTrainingData(detector: TrainableDetector, content: string, file: string): LabelledText[] {
  const texts: LabelledText[] = [];
  content.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new VouchError('VOUCH_INPUT_INVALID', `${where}: not JSON (${(error as Error).message})`, { fix: `Write one JSON object per line, e.g. ${detector.example}` });
    }
    const parsed = trainingLineSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new VouchError('VOUCH_INPUT_INVALID', `${where}: ${issue.path.join('.') || 'line'}: ${issue.message}`, { fix: `Lines look like ${detector.example}` });
    }
    let targets: string[];
    try {
      targets = detector.targetsOf(parsed.data);
    } catch (error) {
      throw new VouchError('VOUCH_INPUT_INVALID', `${where}: ${(error as Error).message}`, { fix: `Lines look like ${detector.example}` });
    }
    const input = trainingInput(detector.rules, parsed.data.text, parsed.data.source);
    texts.push({ text: input.text, targets, extras: input.extras, group: parsed.data.group ?? parsed.data.text, ...(parsed.data.split ? { split: parsed.data.split } : {}) });
  });
  return texts;
}

/** Trains `detector`'s model on parsed data; see fitModel for the splits and what is measured. */
export function trainDetector(detector: TrainableDetector, texts: readonly LabelledText[], options: { dataSha256: string; seed?: number; epochs?: number; now?: () => Date }): { model: LinearModel; report: FitReport } {
  return fitModel(texts, {
    detector: detector.id,
    kind: detector.kind,
    classes: detector.classes,
    ...(detector.features ? { features: detector.features } : {}),
    ...(detector.sharedThreshold ? { sharedThreshold: true } : {}),
    dataSha256: options.dataSha256,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.epochs === undefined ? {} : { epochs: options.epochs }),
    ...(options.now ? { now: options.now } : {}),
  });
}
