import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isVouchType, toUpperSnake } from './categories.js';
import { configInvalid, targetFailed } from './failure.js';

/** The files of a Hugging Face sequence-classifier export. */
export interface ModelFiles {
  directory: string;
  model: string;
  tokenizer: string;
  config: string;
}

/** Class labels in logit order, and which of them count as attack/unsafe. */
export interface LabelSet {
  labels: string[];
  positive: boolean[];
}

const site = (target: string) => ({ adapter: 'onnx', target });

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Finds model.onnx (or onnx/model.onnx), tokenizer.json and config.json; a missing one is VOUCH_TARGET_FAILED naming it. */
export async function findModelFiles(directory: string): Promise<ModelFiles> {
  const absolute = resolve(directory);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw targetFailed(site(absolute), 'model directory does not exist', {
      fix: 'Set directory to a folder holding model.onnx, tokenizer.json and config.json (a Hugging Face ONNX export).',
    });
  }
  const candidates = [join(absolute, 'model.onnx'), join(absolute, 'onnx', 'model.onnx')];
  let model: string | undefined;
  for (const candidate of candidates) if (model === undefined && (await isFile(candidate))) model = candidate;
  if (model === undefined) {
    throw targetFailed(site(candidates[0]!), 'missing (also looked for onnx/model.onnx)', { fix: 'Export the model to ONNX, e.g. with `optimum-cli export onnx`.' });
  }
  const files = { directory: absolute, model, tokenizer: join(absolute, 'tokenizer.json'), config: join(absolute, 'config.json') };
  for (const file of [files.tokenizer, files.config]) {
    if (!(await isFile(file))) throw targetFailed(site(file), 'missing', { fix: 'Copy it from the model repository next to model.onnx.' });
  }
  return files;
}

/** Hex sha256 of a file, read as a stream. */
export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Labels named like these are the "nothing found" class; every other label counts as positive by default. */
const negativeLabel = /^(safe|benign|legit|legitimate|negative|normal|neutral|clean|ok|non[-_ ]?\w+|not[-_ ]\w+)$/i;

/**
 * Reads `id2label` from config.json and decides the positive labels: `positiveLabels` when
 * given (each must exist), else every label not named like SAFE/BENIGN/LEGIT/NEGATIVE.
 */
export async function readLabels(configFile: string, positiveLabels: readonly string[] | undefined): Promise<LabelSet> {
  let config: unknown;
  try {
    config = JSON.parse(await readFile(configFile, 'utf8'));
  } catch (error) {
    throw configInvalid(site(configFile), `cannot read as JSON: ${(error as Error).message}`, 'Use the config.json exported with the model.');
  }
  const id2label = (config as { id2label?: unknown } | null)?.id2label;
  if (typeof id2label !== 'object' || id2label === null) {
    throw configInvalid(site(configFile), 'has no "id2label"', 'Use the config.json of a sequence-classification model.');
  }
  const entries = Object.entries(id2label as Record<string, unknown>);
  const labels: string[] = [];
  for (const [index, label] of entries) {
    const position = Number(index);
    if (!Number.isInteger(position) || position < 0 || position >= entries.length || typeof label !== 'string') {
      throw configInvalid(site(configFile), `id2label has entry ${JSON.stringify(index)}: ${JSON.stringify(label)}`, 'id2label maps "0" … "N-1" to label names.');
    }
    labels[position] = label;
  }
  return { labels, positive: decidePositive(labels, positiveLabels, configFile) };
}

function decidePositive(labels: string[], positiveLabels: readonly string[] | undefined, configFile: string): boolean[] {
  if (positiveLabels !== undefined) {
    const wanted = new Set(positiveLabels.map((label) => label.toLowerCase()));
    for (const label of positiveLabels) {
      if (!labels.some((name) => name.toLowerCase() === label.toLowerCase())) {
        throw configInvalid(site(configFile), `positiveLabels names "${label}", which id2label does not have (labels: ${labels.join(', ')})`, 'List labels from id2label in positiveLabels.');
      }
    }
    return labels.map((label) => wanted.has(label.toLowerCase()));
  }
  const positive = labels.map((label) => !negativeLabel.test(label));
  if (positive.every(Boolean) || !positive.some(Boolean)) {
    throw configInvalid(site(configFile), `cannot tell the attack/unsafe labels among ${labels.join(', ')}`, 'Set positiveLabels to the id2label names that mean attack or unsafe.');
  }
  return positive;
}

/** A positive label in Vouch's spelling: a Vouch type as it is, "INJECTION"/"JAILBREAK" as PROMPT_INJECTION. */
export function labelType(label: string): string {
  const snake = toUpperSnake(label);
  if (isVouchType(snake)) return snake;
  return /INJECT|JAILBREAK/.test(snake) ? 'PROMPT_INJECTION' : snake;
}
