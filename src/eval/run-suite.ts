import { VouchError } from '../core/errors.js';
import { hashJson } from '../core/hash.js';
import { createTarget } from '../providers/index.js';
import type { Target, TargetContext } from '../providers/types.js';
import { compileScorer } from './scorers/index.js';
import { createResponseCache } from './runner/cache.js';
import { appliesTo, type CaseJob, type CompiledScorer } from './runner/execute.js';
import { environmentProvenance, runJobs, type RunOutcome, type RunProgress } from './runner/run.js';
import type { LoadedSuite } from './suite/load.js';
import type { ScorerConfig, ScorerContext } from './types.js';

export interface RunSuiteOptions {
  outDir: string;
  resume?: boolean;
  /** Directory of the response cache; no cache when absent. */
  cacheDir?: string;
  /** Environment for targets' API keys (`apiKeyEnv`). */
  env?: Readonly<Record<string, string | undefined>>;
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
  now?: () => Date;
}

/** A suite's targets, built from its configs, with labels made unique and config hashes. */
export interface SuiteTargets {
  targets: { target: Target; sha256: string }[];
  context: TargetContext;
}

export function createSuiteTargets(loaded: LoadedSuite, env: Readonly<Record<string, string | undefined>> = {}): SuiteTargets {
  const context: TargetContext = { cwd: loaded.directory, env };
  const single = loaded.suite.targets === undefined;
  const targets = loaded.targetConfigs.map((config, index) => ({ target: createTarget(config, context, single ? `${loaded.file}: target` : `${loaded.file}: targets[${index}]`), sha256: hashJson(config) }));
  const labels = new Set<string>();
  for (const { target } of targets) {
    if (labels.has(target.label)) throw new VouchError('VOUCH_CONFIG_INVALID', `${loaded.file}: two targets are labelled "${target.label}"`, { fix: 'Give each target its own `label:`.' });
    labels.add(target.label);
  }
  return { targets, context };
}

/**
 * Runs every case of a loaded suite against each of its targets, `repeat` times, and writes the
 * run directory (see runJobs).
 * @example
 * const outcome = await runSuite(loadSuite('suite.yaml'), { outDir: '.vouch/runs/today' });
 * outcome.record.summary.passRate;
 */
export async function runSuite(loaded: LoadedSuite, options: RunSuiteOptions): Promise<RunOutcome> {
  const { targets, context } = createSuiteTargets(loaded, options.env);
  const scorerContext: ScorerContext = { ...context, createTarget: (config) => createTarget(config, context, `${loaded.file}: scorer target`) };
  const suiteScorers = loaded.suite.scorers.map((config, index) => compileScorer(config as ScorerConfig, scorerContext, `${loaded.file}: scorers[${index}]`) as CompiledScorer);
  const caseScorers = loaded.cases.map(({ case: evalCase }) => (evalCase.scorers ?? []).map((config, index) => compileScorer(config, scorerContext, `${evalCase.id}: scorers[${index}]`) as CompiledScorer));
  function* jobs(): Generator<CaseJob> {
    for (const [index, planned] of loaded.cases.entries()) {
      const scorers = [...suiteScorers.filter((scorer) => appliesTo(scorer, planned.case.tags)), ...caseScorers[index]!];
      for (let repeat = 0; repeat < planned.repeat; repeat++) {
        for (const { target, sha256 } of targets) yield { case: planned.case, repeat, target, targetSha256: sha256, scorers };
      }
    }
  }
  const total = loaded.cases.reduce((sum, planned) => sum + planned.repeat, 0) * targets.length;
  try {
    return await runJobs({
      outDir: options.outDir,
      suite: loaded.file,
      provenance: {
        suiteSha256: loaded.sha256,
        casesSha256: loaded.casesSha256,
        targetSha256: Object.fromEntries(targets.map(({ target, sha256 }) => [target.label, sha256])),
        ...environmentProvenance(),
      },
      thresholds: loaded.suite.thresholds,
      jobs: jobs(),
      total,
      concurrency: loaded.suite.concurrency,
      ...(options.resume ? { resume: true } : {}),
      ...(options.cacheDir ? { cache: createResponseCache(options.cacheDir) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
  } finally {
    await Promise.all(targets.map(({ target }) => target.close?.()));
  }
}
