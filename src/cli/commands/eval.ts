import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { VouchError } from '../../core/errors.js';
import { compareRuns } from '../../eval/compare.js';
import { planDryRun } from '../../eval/dry-run.js';
import type { Comparison } from '../../eval/reports/types.js';
import { readRunRecord } from '../../eval/runner/record-file.js';
import { runSuite } from '../../eval/run-suite.js';
import { loadSuite } from '../../eval/suite/load.js';
import { exitCodes } from '../exit-codes.js';
import { write, type CliIo } from '../io.js';
import { formatDuration } from '../progress.js';
import { registerEvalCompare } from './eval-compare.js';
import { registerEvalPlan } from './eval-plan.js';
import { numberOption } from '../shared-options.js';
import { withInterrupt, withProgress, writeRunReports } from './run-support.js';

interface EvalOptions {
  out?: string;
  baseline?: string;
  junit?: string;
  sarif?: string;
  failOnRegression?: boolean;
  resume?: string;
  dryRun?: boolean;
  cache: string | boolean;
  delta?: string;
  progress?: boolean;
  assumeLatencyMs?: string;
}

/**
 * `vouch eval SUITE`: runs a suite, writes DIR/results.jsonl, results.json, summary.md and
 * report.html (plus JUnit/SARIF on request), compares with a baseline run when given; exit 1 when
 * a threshold fails or (with --fail-on-regression) a tag regressed significantly.
 */
export function registerEval(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const command = program
    .command('eval')
    .description('Run an evaluation suite (subcommands: compare, plan)')
    .argument('<suite>', 'suite YAML file')
    .option('--out <dir>', 'run directory (default .vouch/runs/<suite>-<time>)')
    .option('--baseline <dir>', 'a previous run directory to compare with (paired, Holm-corrected)')
    .option('--fail-on-regression', 'exit 1 when a tag is significantly worse than the baseline')
    .option('--junit <file>', 'also write JUnit XML')
    .option('--sarif <file>', 'also write SARIF 2.1.0 for failed cases')
    .option('--resume <dir>', 'continue an interrupted run in that directory (finished cases are not repeated)')
    .option('--dry-run', 'print the calls and a time/cost estimate; call nothing')
    .option('--assume-latency-ms <ms>', 'dry run: latency per call for the time estimate', '1000')
    .option('--cache [dir]', 'response cache directory', '.vouch/cache')
    .option('--no-cache', 'call the targets even for answers already cached')
    .option('--delta <d>', 'non-inferiority margin for the baseline comparison', '0.05')
    .option('--progress', 'show a progress bar even when stderr is not a terminal')
    .action(async (suite: string, options: EvalOptions) => setExit(await runEval(suite, options, io)));
  registerEvalCompare(command, io, setExit);
  registerEvalPlan(command, io, setExit);
}

async function runEval(suiteFile: string, options: EvalOptions, io: CliIo): Promise<number> {
  const loaded = loadSuite(suiteFile, io.cwd);
  if (options.dryRun) return dryRun(loaded, options, io);
  if (options.resume && options.out) throw new VouchError('VOUCH_USAGE', '--resume and --out both name a run directory', { fix: 'Pass only --resume DIR to continue that run.' });
  const outDir = resolve(io.cwd, options.resume ?? options.out ?? join('.vouch/runs', `${loaded.suite.name}-${new Date().toISOString().replace(/[:.]/g, '-')}`));
  const baseline = options.baseline ? readRunRecord(resolve(io.cwd, options.baseline)) : undefined;
  const outcome = await withInterrupt((signal) =>
    withProgress(io, options.progress === true, (onProgress) =>
      runSuite(loaded, { outDir, ...(options.resume ? { resume: true } : {}), ...(typeof options.cache === 'string' ? { cacheDir: resolve(io.cwd, options.cache) } : {}), env: io.env, signal, onProgress }),
    ),
  );
  const where = relative(io.cwd, outDir) || '.';
  if (outcome.interrupted) {
    await write(io.stderr, `vouch: interrupted; finished cases are in ${where}/results.jsonl. Resume with: vouch eval ${suiteFile} --resume ${where}\n`);
    return exitCodes.infrastructure;
  }
  const run = readRunRecord(outDir);
  const comparison: Comparison | undefined = baseline ? compareRuns(baseline, run, { delta: numberOption(options.delta, '--delta') ?? 0.05 }) : undefined;
  const input = { run, ...(comparison ? { comparison } : {}) };
  writeRunReports(outDir, input, { cwd: io.cwd, junit: options.junit, sarif: options.sarif });
  if (comparison) writeFileSync(join(outDir, 'comparison.json'), `${JSON.stringify(comparison, null, 2)}\n`);
  const summary = run.summary;
  await write(io.stdout, `${summary.passed}/${summary.n} passed (${(summary.passRate * 100).toFixed(1)}%, 95% CI ${(summary.ci95[0] * 100).toFixed(1)}–${(summary.ci95[1] * 100).toFixed(1)}%), ${summary.failed} failed, ${summary.errors} errors → ${where}/results.json, summary.md, report.html\n`);
  for (const failure of summary.thresholdFailures) await write(io.stdout, `threshold: ${failure.tag} pass rate ${failure.passRate.toFixed(3)} < ${failure.required}\n`);
  if (comparison) await write(io.stdout, `baseline ${comparison.baselineRunId}: ${comparison.regressions.length ? `significantly worse on ${comparison.regressions.join(', ')}` : 'no significant regression'} (Holm-corrected McNemar, alpha ${comparison.alpha})\n`);
  if (summary.n > 0 && summary.errors === summary.n) return exitCodes.infrastructure;
  if (summary.thresholdFailures.length > 0) return exitCodes.refused;
  if (options.failOnRegression && comparison && comparison.regressions.length > 0) return exitCodes.refused;
  return exitCodes.ok;
}

async function dryRun(loaded: ReturnType<typeof loadSuite>, options: EvalOptions, io: CliIo): Promise<number> {
  const plan = planDryRun(loaded, { assumeLatencyMs: numberOption(options.assumeLatencyMs, '--assume-latency-ms') ?? 1000 });
  const lines = plan.calls.map((call) => `  ${call.target}  ${call.case}  repeat ${call.repeat}  ${call.turns} turn(s)  ~${Math.ceil(call.characters / 4)} tokens in`);
  await write(io.stdout, `dry run of ${loaded.file}: ${plan.totalCalls} calls to ${loaded.targetConfigs.length} target(s)\n${lines.join('\n')}\n${plan.totalCalls > plan.calls.length ? `  … ${plan.totalCalls - plan.calls.length} more\n` : ''}`);
  await write(io.stdout, `estimate: ~${plan.inputTokens} input and ~${plan.outputTokens} output tokens; ~${formatDuration(plan.seconds * 1000)} at concurrency ${loaded.suite.concurrency} and ${options.assumeLatencyMs ?? 1000} ms per call\n`);
  return exitCodes.ok;
}
