/**
 * Trains the built-in learned detectors on the project's corpus and writes their models:
 *   npm run train:detectors [-- prompt-injection|content-safety]
 * reads data/corpora/threat/<detector>.jsonl (built by scripts/threat-corpus/build.ts), writes
 * data/models/<detector>.vmodel and records it in data/models/manifest.json (training-data hash,
 * date, size, held-out metrics). Prints the held-out report.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../src/core/hash.js';
import { parseTrainingData, trainDetector } from '../src/detectors/learned/training.js';
import { trainableDetectors } from '../src/detectors/trainable.js';
import { formatFitReport } from '../src/detectors/learned/report.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(root, 'data/models/manifest.json');
const wanted = process.argv.slice(2).filter((argument) => !argument.startsWith('-'));
const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { models: Record<string, unknown> }) : { models: {} };

for (const detector of trainableDetectors.units) {
  if (wanted.length > 0 && !wanted.includes(detector.id)) continue;
  const dataPath = join(root, `data/corpora/threat/${detector.id}.jsonl`);
  const content = readFileSync(dataPath, 'utf8');
  const dataSha256 = sha256(content);
  const started = performance.now();
  const texts = parseTrainingData(detector, content, `data/corpora/threat/${detector.id}.jsonl`);
  const { model, report } = trainDetector(detector, texts, { dataSha256 });
  const bytes = model.serialize();
  const modelPath = join(root, `data/models/${detector.id}.vmodel`);
  writeFileSync(modelPath, bytes);
  manifest.models[detector.id] = {
    file: `${detector.id}.vmodel`,
    bytes: bytes.length,
    sha256: sha256(bytes),
    trainingData: `corpora/threat/${detector.id}.jsonl`,
    trainingDataSha256: dataSha256,
    trainedAt: model.header.trainedAt,
    examples: texts.length,
    classes: model.header.classes,
    thresholds: model.header.thresholds,
    heldOut: report,
  };
  console.log(`${detector.id}: ${texts.length} texts, trained in ${((performance.now() - started) / 1000).toFixed(1)} s, model ${(bytes.length / 1_048_576).toFixed(2)} MB`);
  console.log(formatFitReport(report));
}
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
