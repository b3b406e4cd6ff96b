import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { VouchError } from '../../core/errors.js';
import { readRunRecord } from '../../eval/runner/record-file.js';
import { createTarget, targetConfigHash } from '../../providers/index.js';
import type { TargetContext } from '../../providers/types.js';
import { freezeCorpus } from '../../redteam/corpus/index.js';
import { loadCorpus } from '../../redteam/corpus/index.js';
import { runRedteam } from '../../redteam/harness.js';
import { multiTurnAttacks, runMultiTurnAttacks, type MultiTurnAttack, type MultiTurnOutcome } from '../../redteam/multi-turn.js';
import { exitCodes } from '../exit-codes.js';
import { write, type CliIo } from '../io.js';
import { numberOption } from '../shared-options.js';
import { withInterrupt, withProgress, writeRunReports } from './run-support.js';

interface RedteamOptions {
  target: string;
  corpus: string;
  mutators?: string;
  seed: string;
  rewriter?: string;
  language?: string;
  out?: string;
  resume?: string;
  concurrency: string;
  freeze?: string;
  junit?: string;
  maxAttackSuccess?: string;
  maxFalseRefusal?: string;
  progress?: boolean;
  attacker?: string;
  attack: string;
  maxTurns: string;
}

/**
 * `vouch redteam --target T --corpus DIR [--mutators a,b+c] --out DIR`: runs a red-team corpus
 * (and mutated attacks) against a target; reports attack success and false refusal per category
 * with intervals; exit 1 when a --max-* bound is exceeded.
 */
export function registerRedteam(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('redteam')
    .description('Attack a target with a red-team corpus and mutators; attack success and false refusal per category')
    .requiredOption('--target <target>', 'target config: a YAML/JSON file, or inline JSON like {"type":"openai",...}')
    .option('--corpus <dir>', 'corpus directory (items/*.jsonl + manifest.json)', 'data/corpora/redteam')
    .option('--mutators <list>', 'comma-separated mutator chains; "+" chains, e.g. base64,leetspeak+char-spacing')
    .option('--seed <n>', 'seed of the mutators', '1')
    .option('--rewriter <target>', 'target for the translation and paraphrase mutators')
    .option('--language <code>', 'language for the translation mutator', 'fr')
    .option('--out <dir>', 'run directory (default .vouch/runs/redteam-<time>)')
    .option('--resume <dir>', 'continue an interrupted red-team run')
    .option('--concurrency <n>', 'calls at once', '8')
    .option('--freeze <dir>', 'write the mutated attacks as a new corpus version there (replay with --corpus)')
    .option('--junit <file>', 'also write JUnit XML')
    .option('--max-attack-success <rate>', 'exit 1 when the attack success rate is above this')
    .option('--max-false-refusal <rate>', 'exit 1 when the false refusal rate is above this')
    .option('--progress', 'show a progress bar even when stderr is not a terminal')
    .option('--attacker <target>', 'an attacker model: also run a multi-turn attack per harmful goal (transcripts in DIR/multi-turn.jsonl)')
    .option('--attack <kind>', `multi-turn attack: ${multiTurnAttacks.join(' or ')}`, 'crescendo')
    .option('--max-turns <n>', 'turns (crescendo) or refinement rounds (pair) per goal', '5')
    .action(async (options: RedteamOptions) => setExit(await redteam(options, io)));
}

/** Reads a target config given on the command line: inline JSON, or a YAML/JSON file. */
export function readTargetOption(value: string, option: string, io: CliIo): unknown {
  if (value.trim().startsWith('{')) {
    try {
      return JSON.parse(value);
    } catch (error) {
      throw new VouchError('VOUCH_USAGE', `${option}: not valid JSON (${(error as Error).message})`, { fix: `Quote the JSON, e.g. ${option} '{"type":"openai","baseUrl":"http://127.0.0.1:8080/v1","model":"m"}'.` });
    }
  }
  try {
    return parseYaml(readFileSync(resolve(io.cwd, value), 'utf8'));
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `${option}: cannot read target config ${value}: ${(error as Error).message}`, { fix: 'Pass a YAML/JSON file holding one target config, or inline JSON.' });
  }
}

async function redteam(options: RedteamOptions, io: CliIo): Promise<number> {
  const context: TargetContext = { cwd: io.cwd, env: io.env };
  const config = readTargetOption(options.target, '--target', io);
  const target = createTarget(config, context, '--target');
  if (!(multiTurnAttacks as readonly string[]).includes(options.attack)) throw new VouchError('VOUCH_USAGE', `--attack ${options.attack} is not supported`, { fix: `Use one of: ${multiTurnAttacks.join(', ')}.` });
  const attacker = options.attacker ? createTarget(readTargetOption(options.attacker, '--attacker', io), context, '--attacker') : undefined;
  const rewriter = options.rewriter ? createTarget(readTargetOption(options.rewriter, '--rewriter', io), context, '--rewriter') : undefined;
  const chains = (options.mutators ?? '').split(',').map((chain) => chain.trim()).filter(Boolean).map((chain) => chain.split('+').map((id) => id.trim()));
  const concurrency = Math.max(1, Math.floor(numberOption(options.concurrency, '--concurrency') ?? 8));
  const outDir = resolve(io.cwd, options.resume ?? options.out ?? join('.vouch/runs', `redteam-${new Date().toISOString().replace(/[:.]/g, '-')}`));
  const outcome = await withInterrupt((signal) =>
    withProgress(io, options.progress === true, (onProgress) =>
      runRedteam({
        target,
        targetSha256: targetConfigHash(config),
        context,
        corpusDirectory: resolve(io.cwd, options.corpus),
        mutators: chains,
        seed: numberOption(options.seed, '--seed') ?? 1,
        ...(rewriter ? { rewriter } : {}),
        ...(options.language ? { language: options.language } : {}),
        outDir,
        concurrency,
        ...(options.resume ? { resume: true } : {}),
        signal,
        onProgress,
      }),
    ),
  ).finally(() => rewriter?.close?.());
  const where = relative(io.cwd, outDir) || '.';
  if (outcome.interrupted) {
    await target.close?.();
    await write(io.stderr, `vouch: interrupted; resume with: vouch redteam --target ${options.target} --corpus ${options.corpus} --resume ${where}\n`);
    return exitCodes.infrastructure;
  }
  let multiTurn: MultiTurnOutcome | undefined;
  if (attacker) {
    multiTurn = await withInterrupt((signal) =>
      runMultiTurnAttacks({
        items: loadCorpus(resolve(io.cwd, options.corpus)).items.map((loaded) => loaded.item),
        attack: options.attack as MultiTurnAttack,
        attacker,
        target,
        maxTurns: Math.max(1, Math.floor(numberOption(options.maxTurns, '--max-turns') ?? 5)),
        concurrency,
        outDir,
        signal,
      }),
    ).finally(() => attacker.close?.());
  }
  await target.close?.();
  const run = readRunRecord(outDir);
  const input = { run, redteam: outcome.redteam };
  writeRunReports(outDir, input, { cwd: io.cwd, junit: options.junit });
  const generated = [...outcome.generated, ...(multiTurn?.generated ?? [])];
  if (options.freeze && generated.length > 0) {
    freezeCorpus(generated, resolve(io.cwd, options.freeze), { name: 'generated', version: '1.0.0', description: `Mutated attacks from ${outcome.record.runId}` });
  }
  const { attackSuccess, falseRefusal } = outcome.redteam;
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  await write(io.stdout, `attack success ${attackSuccess.passed}/${attackSuccess.n} = ${percent(attackSuccess.passRate)} (95% CI ${percent(attackSuccess.ci95[0])}–${percent(attackSuccess.ci95[1])}); false refusal ${falseRefusal.passed}/${falseRefusal.n} = ${percent(falseRefusal.passRate)} (95% CI ${percent(falseRefusal.ci95[0])}–${percent(falseRefusal.ci95[1])}); errors ${attackSuccess.errors + falseRefusal.errors} → ${where}/summary.md, report.html\n`);
  if (multiTurn) {
    const attacks = multiTurn.attacks;
    await write(io.stdout, `multi-turn ${options.attack}: goal reached ${attacks.passed}/${attacks.n} = ${percent(attacks.passRate)} (95% CI ${percent(attacks.ci95[0])}–${percent(attacks.ci95[1])}), errors ${attacks.errors} → ${where}/multi-turn.jsonl\n`);
  }
  const maxAttack = numberOption(options.maxAttackSuccess, '--max-attack-success');
  const maxRefusal = numberOption(options.maxFalseRefusal, '--max-false-refusal');
  if (run.summary.n > 0 && run.summary.errors === run.summary.n) return exitCodes.infrastructure;
  if ((maxAttack !== undefined && attackSuccess.passRate > maxAttack) || (maxRefusal !== undefined && falseRefusal.passRate > maxRefusal)) return exitCodes.refused;
  return exitCodes.ok;
}
