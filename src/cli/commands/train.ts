import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { VouchError } from '../../core/errors.js';
import { sha256 } from '../../core/hash.js';
import { formatFitReport } from '../../detectors/learned/report.js';
import { parseTrainingData, trainDetector } from '../../detectors/learned/training.js';
import { trainableDetectors } from '../../detectors/trainable.js';
import { exitCodes } from '../exit-codes.js';
import { write, type CliIo } from '../io.js';
import { positiveInteger } from '../shared-options.js';

interface TrainOptions {
  data: string;
  out?: string;
  seed?: string;
  epochs?: string;
}

/**
 * `vouch train <detector> --data FILE.jsonl [--out MODEL]`: trains a learned detector on a team's
 * labelled data, prints held-out metrics, and writes a model file a policy rule can name (`model:`).
 */
export function registerTrain(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('train')
    .description(`Train a learned detector (${trainableDetectors.ids.join(', ')}) on labelled JSONL and write its model`)
    .argument('<detector>', 'detector to train')
    .requiredOption('--data <file>', 'JSONL training data (see `vouch train --help` and docs/threat-detection.md)')
    .option('--out <file>', 'model file to write (default <detector>.vmodel)')
    .option('--seed <n>', 'seed for the training order (default 1)')
    .option('--epochs <n>', 'passes over the data (default 8)')
    .action(async (detector: string, options: TrainOptions) => setExit(await train(detector, options, io)));
}

async function train(detectorId: string, options: TrainOptions, io: CliIo): Promise<number> {
  const detector = trainableDetectors.get(detectorId);
  const dataPath = resolve(io.cwd, options.data);
  let content: string;
  try {
    content = readFileSync(dataPath, 'utf8');
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `cannot read training data ${options.data}: ${(error as Error).message}`, { fix: 'Pass --data with a JSONL file.' });
  }
  const texts = parseTrainingData(detector, content, options.data);
  const seed = positiveInteger(options.seed, 'seed');
  const epochs = positiveInteger(options.epochs, 'epochs');
  const { model, report } = trainDetector(detector, texts, {
    dataSha256: sha256(content),
    ...(seed === undefined ? {} : { seed }),
    ...(epochs === undefined ? {} : { epochs }),
  });
  const out = resolve(io.cwd, options.out ?? `${detector.id}.vmodel`);
  writeFileSync(out, model.serialize());
  await write(io.stdout, `${detector.id}: trained on ${texts.length} texts\n${formatFitReport(report)}\nwrote ${out}\nuse it in a policy rule: { detector: ${detector.id}, model: ${options.out ?? `${detector.id}.vmodel`} }\n`);
  return exitCodes.ok;
}
