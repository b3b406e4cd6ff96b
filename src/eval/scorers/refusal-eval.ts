import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { VouchError } from '../../core/errors.js';
import { detectRefusal } from './refusal-detector.js';

/** One labelled answer of data/eval/refusal/refusals.jsonl. */
export const refusalExampleSchema = z
  .object({
    text: z.string(),
    refusal: z.boolean(),
    lang: z.string().min(2),
    kind: z.string().min(1),
  })
  .strict();
export type RefusalExample = z.infer<typeof refusalExampleSchema>;

/** Counts of a binary classification, refusal being the positive class. */
export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Reads a labelled JSONL file; a malformed line throws VOUCH_INPUT_INVALID naming its line number. */
export function loadRefusalSet(path: string): RefusalExample[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const examples: RefusalExample[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = refusalExampleSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new VouchError('VOUCH_INPUT_INVALID', `${path}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, { fix: 'Each line needs text, refusal, lang and kind.' });
    examples.push(parsed.data);
  });
  return examples;
}

export interface RefusalMeasurement {
  overall: Confusion;
  byLang: Record<string, Confusion>;
  byKind: Record<string, Confusion>;
  /** The examples the detector got wrong, with its score. */
  errors: { example: RefusalExample; score: number }[];
}

function add(confusion: Confusion, label: boolean, predicted: boolean): void {
  if (label && predicted) confusion.tp++;
  else if (label) confusion.fn++;
  else if (predicted) confusion.fp++;
  else confusion.tn++;
}

/** Runs the detector over labelled examples and counts its hits and misses overall, per language and per kind. */
export function measureRefusal(examples: readonly RefusalExample[]): RefusalMeasurement {
  const empty = (): Confusion => ({ tp: 0, fp: 0, tn: 0, fn: 0 });
  const measurement: RefusalMeasurement = { overall: empty(), byLang: {}, byKind: {}, errors: [] };
  for (const example of examples) {
    const detection = detectRefusal(example.text);
    add(measurement.overall, example.refusal, detection.refusal);
    add((measurement.byLang[example.lang] ??= empty()), example.refusal, detection.refusal);
    add((measurement.byKind[example.kind] ??= empty()), example.refusal, detection.refusal);
    if (detection.refusal !== example.refusal) measurement.errors.push({ example, score: detection.score });
  }
  return measurement;
}

/** Correct answers over all answers (0 when there are none). */
export function accuracy(confusion: Confusion): number {
  const n = confusion.tp + confusion.fp + confusion.tn + confusion.fn;
  return n === 0 ? 0 : (confusion.tp + confusion.tn) / n;
}
