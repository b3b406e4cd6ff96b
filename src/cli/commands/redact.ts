import { resolve } from 'node:path';
import type { Command } from 'commander';
import { exitCodes } from '../exit-codes.js';
import { readAll, write, type CliIo } from '../io.js';
import { guardFromOptions, parseDetectorList, parseStage, readInputFile, requireOneSource } from '../shared-options.js';

interface RedactOptions {
  input?: string;
  policy?: string;
  detectors?: string;
  stage: string;
  conversation?: string;
}

/** `vouch redact`: prints the text after the policy's redactions. Exit 1 when the policy blocks it. */
export function registerRedact(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('redact')
    .description('Print the text with PII and secrets redacted by the policy')
    .argument('[text]', 'text to redact (or use --input)')
    .option('--input <file>', "plain-text file to redact, or '-' for stdin")
    .option('--policy <file>', 'policy file or builtin:<name> (default builtin:default)')
    .option('--detectors <ids>', 'comma-separated detector ids to run')
    .option('--stage <stage>', 'input or output', 'input')
    .option('--conversation <id>', 'conversation id that scopes pseudonyms')
    .action(async (text: string | undefined, options: RedactOptions) => setExit(await redact(text, options, io)));
}

async function redact(text: string | undefined, options: RedactOptions, io: CliIo): Promise<number> {
  requireOneSource(text, options.input, 'redact', 'Pass the text as an argument, or --input FILE (--input - reads stdin).');
  const source = text ?? (options.input === '-' ? await readAll(io.stdin) : readInputFile(resolve(io.cwd, options.input!)));
  const guard = guardFromOptions(options, io);
  const detectors = parseDetectorList(options.detectors);
  const result = await guard.check(parseStage(options.stage), source, {
    ...(detectors ? { detectors } : {}),
    ...(options.conversation ? { conversationId: options.conversation } : {}),
  });
  await write(io.stdout, text === undefined ? result.text : `${result.text}\n`);
  if (result.action !== 'block') return exitCodes.ok;
  await write(io.stderr, `vouch redact: the policy blocks this text (${result.findings.filter((f) => f.action === 'block').map((f) => f.type).join(', ') || 'detector error'})\n`);
  return exitCodes.refused;
}
