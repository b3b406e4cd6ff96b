import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { VouchError } from '../../core/errors.js';
import { hashJson } from '../../core/hash.js';
import { vouchVersion } from '../../core/version.js';
import type { CaseResult, RunProvenance, RunRecord } from '../types.js';
import type { ResponseCache } from './cache.js';
import { executeCase, type CaseJob } from './execute.js';
import { runPool } from './pool.js';
import { createResultsWriter, dropTornTail, readResults, resultKey } from './results-file.js';
import { createSummaryAccumulator, thresholdFailures } from './summary.js';
import { writeRunRecord } from './record-file.js';

/** How far a run has got, for a progress bar. */
export interface RunProgress {
  done: number;
  total: number;
  errors: number;
  /** Cases already finished by the interrupted run this one resumes. */
  skipped: number;
  elapsedMs: number;
}

/** What the run is (written to run.json before the first call, checked on resume). */
export interface RunMeta {
  format: 'vouch-run-meta/1';
  runId: string;
  suite: string;
  startedAt: string;
  provenance: RunProvenance;
  thresholds: Record<string, number>;
  state: 'running' | 'finished' | 'interrupted';
}

export interface RunJobsOptions {
  /** The run directory: run.json, results.jsonl (streamed), results.json (at the end). */
  outDir: string;
  suite: string;
  provenance: RunProvenance;
  thresholds?: Record<string, number>;
  /** The jobs, pulled lazily; `total` is their count (for progress). */
  jobs: Iterable<CaseJob> | AsyncIterable<CaseJob>;
  total: number;
  concurrency: number;
  /** Continue the run already in outDir: finished cases are skipped, new results appended. */
  resume?: boolean;
  cache?: ResponseCache;
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
  now?: () => Date;
}

/** The outcome of a run: its record without the cases (they are in DIR/results.json). */
export interface RunOutcome {
  record: Omit<RunRecord, 'cases'>;
  /** True when the signal stopped the run before every case finished (resume with the same directory). */
  interrupted: boolean;
  directory: string;
}

/**
 * Runs jobs through a bounded pool, streaming each result to DIR/results.jsonl as it finishes,
 * then writes DIR/results.json. Memory stays flat: results are never held, only counted. On
 * resume, the suite's provenance must match the interrupted run's.
 */
export async function runJobs(options: RunJobsOptions): Promise<RunOutcome> {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.outDir, { recursive: true });
  const metaPath = join(options.outDir, 'run.json');
  const resultsPath = join(options.outDir, 'results.jsonl');
  const meta = options.resume ? resumeMeta(metaPath, options.provenance) : freshMeta(options, metaPath, now);
  const finished = new Set<string>();
  if (options.resume) {
    dropTornTail(resultsPath);
    for await (const result of readResults(resultsPath)) finished.add(resultKey(result));
  }
  writeFileSync(metaPath, `${JSON.stringify({ ...meta, state: 'running' }, null, 2)}\n`);
  const writer = createResultsWriter(resultsPath);
  const started = performance.now();
  const progress: RunProgress = { done: 0, total: options.total, errors: 0, skipped: 0, elapsedMs: 0 };
  const report = (): void => options.onProgress?.({ ...progress, elapsedMs: performance.now() - started });
  try {
    await runPool(options.jobs, options.concurrency, async (job) => {
      if (finished.has(resultKey({ target: job.target.label, id: job.case.id, repeat: job.repeat }))) {
        progress.skipped++;
        progress.done++;
        return;
      }
      const result = await executeCase(job, { ...(options.cache ? { cache: options.cache } : {}), ...(options.signal ? { signal: options.signal } : {}) });
      // A case cut off by the signal is not a result: the resumed run does it again.
      if (options.signal?.aborted) return;
      await writer.write(result);
      progress.done++;
      if (result.status === 'error') progress.errors++;
      report();
    }, options.signal);
  } finally {
    await writer.close();
  }
  const interrupted = options.signal?.aborted === true && progress.done < options.total;
  const record = await summarize(meta, resultsPath, now().toISOString());
  writeFileSync(metaPath, `${JSON.stringify({ ...meta, state: interrupted ? 'interrupted' : 'finished' }, null, 2)}\n`);
  await writeRunRecord(join(options.outDir, 'results.json'), record, resultsPath);
  return { record, interrupted, directory: options.outDir };
}

function freshMeta(options: RunJobsOptions, metaPath: string, now: () => Date): RunMeta {
  if (existsSync(metaPath)) {
    throw new VouchError('VOUCH_USAGE', `${metaPath} already holds a run`, { fix: 'Pass a new --out directory, or --resume to continue that run.' });
  }
  const startedAt = now();
  const runId = `run-${startedAt.toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}-${randomBytes(3).toString('hex')}`;
  return { format: 'vouch-run-meta/1', runId, suite: options.suite, startedAt: startedAt.toISOString(), provenance: options.provenance, thresholds: options.thresholds ?? {}, state: 'running' };
}

function resumeMeta(metaPath: string, provenance: RunProvenance): RunMeta {
  if (!existsSync(metaPath)) throw new VouchError('VOUCH_USAGE', `nothing to resume: ${metaPath} does not exist`, { fix: 'Pass the directory of the interrupted run (its --out).' });
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as RunMeta;
  const changed = (['suiteSha256', 'casesSha256', 'targetSha256'] as const).filter((key) => hashJson(meta.provenance[key]) !== hashJson(provenance[key]));
  if (changed.length > 0) {
    throw new VouchError('VOUCH_USAGE', `cannot resume ${metaPath}: the suite changed since that run (${changed.join(', ')} differ)`, { fix: 'Resume with the same suite, cases and targets, or start a new run with a new --out.' });
  }
  return meta;
}

async function summarize(meta: RunMeta, resultsPath: string, finishedAt: string): Promise<Omit<RunRecord, 'cases'>> {
  const accumulator = createSummaryAccumulator();
  for await (const result of readResults(resultsPath)) accumulator.add(result as CaseResult);
  const overall = accumulator.overall();
  const byTag = accumulator.byTag();
  return {
    format: 'vouch-run/1',
    runId: meta.runId,
    suite: meta.suite,
    startedAt: meta.startedAt,
    finishedAt,
    provenance: meta.provenance,
    summary: { ...overall, byTag, byTarget: accumulator.byTarget(), thresholdFailures: thresholdFailures(meta.thresholds, overall, byTag) },
  };
}

/** The provenance fields every run records besides the suite's own hashes. */
export function environmentProvenance(): Pick<RunProvenance, 'vouchVersion' | 'node'> {
  return { vouchVersion, node: process.version };
}
