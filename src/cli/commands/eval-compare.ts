import { resolve } from 'node:path';
import type { Command } from 'commander';
import { VouchError } from '../../core/errors.js';
import { compareRuns } from '../../eval/compare.js';
import { reportFormats } from '../../eval/reports/index.js';
import { readRunRecord } from '../../eval/runner/record-file.js';
import { exitCodes } from '../exit-codes.js';
import { write, type CliIo } from '../io.js';
import { numberOption } from '../shared-options.js';

interface CompareOptions {
  delta: string;
  alpha: string;
  format: string;
}

/**
 * `vouch eval compare BASE_DIR CANDIDATE_DIR`: paired comparison of two runs; exit 1 when the
 * candidate is significantly worse on any tag (Holm-corrected exact McNemar), 0 otherwise.
 */
export function registerEvalCompare(parent: Command, io: CliIo, setExit: (code: number) => void): void {
  parent
    .command('compare')
    .description('Compare a candidate run with a baseline run on the same cases (exit 1 on a significant regression)')
    .argument('<baseline>', 'baseline run directory')
    .argument('<candidate>', 'candidate run directory')
    .option('--delta <d>', 'non-inferiority margin on the pass rate', '0.05')
    .option('--alpha <a>', 'significance level', '0.05')
    .option('--format <format>', 'markdown or json', 'markdown')
    .action(async (baselineDir: string, candidateDir: string, options: CompareOptions) => {
      if (options.format !== 'markdown' && options.format !== 'json') throw new VouchError('VOUCH_USAGE', `--format ${options.format} is not supported`, { fix: 'Use markdown or json.' });
      const baseline = readRunRecord(resolve(io.cwd, baselineDir));
      const candidate = readRunRecord(resolve(io.cwd, candidateDir));
      const comparison = compareRuns(baseline, candidate, { delta: numberOption(options.delta, '--delta') ?? 0.05, alpha: numberOption(options.alpha, '--alpha') ?? 0.05 });
      await write(io.stdout, options.format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : reportFormats.get('markdown').render({ run: candidate, comparison }));
      setExit(comparison.regressions.length > 0 ? exitCodes.refused : exitCodes.ok);
    });
}
