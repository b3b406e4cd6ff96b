/**
 * Scores Vouch's detectors against a labelled set (default data/eval/pii-labelled.jsonl).
 * Usage: npm run eval:detectors -- [--data FILE] [--out FILE.json] [--threshold 0.5] [--verbose]
 * Exit 0 whatever the scores; 2 when the data file is malformed or an argument is bad.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DatasetError, loadLabelledSet } from './eval/dataset.js';
import { evaluate } from './eval/evaluate.js';
import { formatErrors, formatReport } from './eval/format.js';
import { createDetectorPredict, type Predict } from './eval/predict.js';
import { buildReport } from './eval/report.js';
import { evaluateThreats, formatThreatReports } from './eval/threats.js';

/** Findings scoring below this are dropped before matching. */
const defaultThreshold = 0.5;

/** The system under test. Swap in the real guard here once it exists. */
const predict: Predict = createDetectorPredict({ detectorIds: ['pii', 'secrets'], stage: 'input' });

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message: string): never {
  console.error(`eval-detectors: ${message}`);
  process.exit(2);
}

function readOptions(): { data: string; out: string | undefined; threshold: number; verbose: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        data: { type: 'string', default: resolve(repositoryRoot, 'data/eval/pii-labelled.jsonl') },
        out: { type: 'string' },
        threshold: { type: 'string', default: String(defaultThreshold) },
        verbose: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}; usage: eval-detectors [--data FILE] [--out FILE] [--threshold N] [--verbose]`);
  }
  const threshold = Number(parsed.threshold);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) fail(`--threshold must be a number in [0, 1], got "${parsed.threshold}"`);
  return { data: parsed.data, out: parsed.out, threshold, verbose: parsed.verbose };
}

const options = readOptions();
let records;
try {
  records = loadLabelledSet(options.data);
} catch (error) {
  if (error instanceof DatasetError) fail(error.message);
  throw error;
}
const sha256 = createHash('sha256').update(readFileSync(options.data)).digest('hex');
const result = evaluate(records, { predict, threshold: options.threshold });
const displayName = relative(process.cwd(), options.data) || options.data;
const report = buildReport(result, { file: displayName, sha256, threshold: options.threshold });
console.log(formatReport(report));
if (options.verbose) console.error(`\n${formatErrors(report)}`);
// The threat detectors score their own sets (the project's corpus test split and the independent holdout).
const threats = options.data === resolve(repositoryRoot, 'data/eval/pii-labelled.jsonl') ? evaluateThreats(repositoryRoot) : [];
if (threats.length > 0) console.log(`\nThreat detectors (npm run eval:detectors; data/corpora/threat)${formatThreatReports(threats)}`);
if (options.out) {
  writeFileSync(options.out, `${JSON.stringify({ ...report, threats }, null, 2)}\n`);
  console.log(`\nwrote ${options.out}`);
}
