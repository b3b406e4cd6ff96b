import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { detectors } from '../../detectors/index.js';
import { compilePolicy } from '../../policy/compile.js';
import { policyJsonSchema } from '../../policy/json-schema.js';
import { loadPolicy } from '../../policy/load.js';
import { exitCodes } from '../exit-codes.js';
import { write, type CliIo } from '../io.js';
import { runPolicyTests } from '../../guard/policy-tests.js';

/** `vouch policy validate|test|schema`. */
export function registerPolicy(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const policy = program.command('policy').description('Validate, test and describe policies');
  policy
    .command('validate')
    .description('Check a policy file (and what it extends) against the schema and the detectors')
    .argument('<file>', 'policy file or builtin:<name>')
    .action(async (file: string) => {
      const compiled = compilePolicy(loadPolicy(absolute(file, io)), detectors);
      const { input, output } = compiled.stages;
      await write(io.stdout, `ok  ${compiled.policy.name}  sha256:${compiled.hash}  input: ${input.length} rule(s), output: ${output.length} rule(s)\n`);
      setExit(exitCodes.ok);
    });
  policy
    .command('test')
    .description('Run YAML test cases (input → expected action, findings, text); exit 1 if one fails')
    .argument('<file>', 'test file')
    .action(async (file: string) => {
      const path = absolute(file, io);
      const outcome = await runPolicyTests(path, { baseDirectory: dirname(path), hmacKey: io.env.VOUCH_HMAC_KEY });
      for (const line of outcome.lines) await write(io.stdout, `${line}\n`);
      await write(io.stdout, `${outcome.passed} passed, ${outcome.failed} failed\n`);
      setExit(outcome.failed > 0 ? exitCodes.refused : exitCodes.ok);
    });
  policy
    .command('schema')
    .description('Print the JSON Schema of the policy format (for editors)')
    .action(async () => {
      await write(io.stdout, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
      setExit(exitCodes.ok);
    });
}

function absolute(file: string, io: CliIo): string {
  return file.startsWith('builtin:') ? file : resolve(io.cwd, file);
}
