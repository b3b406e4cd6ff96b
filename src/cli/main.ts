import { Command, CommanderError } from 'commander';
import { toVouchError } from '../core/errors.js';
import { registerCorpus } from './commands/corpus.js';
import { registerEval } from './commands/eval.js';
import { registerInit } from './commands/init.js';
import { registerRedteam } from './commands/redteam.js';
import { registerPolicy } from './commands/policy.js';
import { registerRedact } from './commands/redact.js';
import { registerScan } from './commands/scan.js';
import { registerServe } from './commands/serve.js';
import { registerTrain } from './commands/train.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';
import { write, type CliIo } from './io.js';
import { vouchVersion } from '../core/version.js';

const commands = [registerScan, registerRedact, registerPolicy, registerInit, registerServe, registerTrain, registerEval, registerRedteam, registerCorpus];

/** Runs the `vouch` CLI and returns its exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code: number = exitCodes.ok;
  const program = new Command('vouch')
    .description('Vouch: guardrails, evaluation and evidence for LLM features')
    .version(vouchVersion)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  for (const register of commands) register(program, io, (value) => (code = value));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    const failure = toVouchError(error);
    const fix = failure.fix ? `\n  fix: ${failure.fix}` : '';
    await write(io.stderr, `vouch: ${failure.code}: ${failure.message}${fix}\n`);
    return exitCodeFor(failure);
  }
}

function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}
