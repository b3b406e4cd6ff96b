import type { Command } from 'commander';
import { VouchError } from '../../core/errors.js';
import { casesForInterval, casesForNonInferiority } from '../../eval/stats/index.js';
import { exitCodes } from '../exit-codes.js';
import { write, type CliIo } from '../io.js';
import { numberOption } from '../shared-options.js';

interface PlanOptions {
  delta?: string;
  discordance: string;
  alpha: string;
  power: string;
  halfWidth?: string;
  rate: string;
}

/**
 * `vouch eval plan`: how many paired cases a non-inferiority margin δ needs (and how many cases a
 * pass-rate interval of a given half-width needs), so a suite is sized before it is run.
 */
export function registerEvalPlan(parent: Command, io: CliIo, setExit: (code: number) => void): void {
  parent
    .command('plan')
    .description('How many cases a comparison at margin δ, or an interval of a given width, needs')
    .option('--delta <d>', 'non-inferiority margin on the pass rate, e.g. 0.05')
    .option('--discordance <p>', 'expected share of cases whose outcome differs between the two versions', '0.1')
    .option('--alpha <a>', 'one-sided significance level', '0.05')
    .option('--power <p>', 'chance of showing non-inferiority when the versions are equal', '0.8')
    .option('--half-width <w>', 'wanted half-width of a pass rate’s 95% interval, e.g. 0.05')
    .option('--rate <r>', 'expected pass rate for --half-width', '0.5')
    .action(async (options: PlanOptions) => {
      const delta = numberOption(options.delta, '--delta');
      const halfWidth = numberOption(options.halfWidth, '--half-width');
      if (delta === undefined && halfWidth === undefined) throw new VouchError('VOUCH_USAGE', 'nothing to plan', { fix: 'Pass --delta (a comparison margin) and/or --half-width (an interval width).' });
      const lines: string[] = [];
      if (delta !== undefined) {
        const discordance = numberOption(options.discordance, '--discordance') ?? 0.1;
        const n = casesForNonInferiority({ delta, expectedDiscordance: discordance, alpha: numberOption(options.alpha, '--alpha') ?? 0.05, power: numberOption(options.power, '--power') ?? 0.8 });
        lines.push(`non-inferiority at δ = ${delta} (discordance ${discordance}, one-sided α ${options.alpha}, power ${options.power}): ${n} paired cases (repeats of one case are not independent: count distinct cases)`);
      }
      if (halfWidth !== undefined) {
        const n = casesForInterval(halfWidth, numberOption(options.rate, '--rate') ?? 0.5);
        lines.push(`95% Wilson interval of half-width ≤ ${halfWidth} at pass rate ${options.rate}: ${n} cases`);
      }
      await write(io.stdout, `${lines.join('\n')}\n`);
      setExit(exitCodes.ok);
    });
}
