import { resolve } from 'node:path';
import { z } from 'zod';
import { AttemptFailure, withRetries } from '../retry.js';
import type { TargetKind } from '../types.js';
import { commonTargetShape, defineTarget, fromScriptAnswer, scriptAnswerSchema, type TargetAnswer } from './common.js';
import { runCommand } from './run-command.js';

export const commandConfigSchema = z
  .object({
    type: z.literal('command'),
    /** The program, found on PATH or relative to `cwd`; it is run without a shell. */
    command: z.string().min(1),
    args: z.array(z.string()).default([]),
    /** Working directory, relative to the suite's directory (default: that directory). */
    cwd: z.string().optional(),
    ...commonTargetShape,
  })
  .strict();

export type CommandConfig = z.infer<typeof commandConfigSchema>;

/** Stdout as JSON `{ output, toolCalls? }`, or as plain text when it does not look like JSON. */
export function parseCommandOutput(stdout: string): TargetAnswer {
  const text = stdout.trim();
  if (!text.startsWith('{') && !text.startsWith('[') && !text.startsWith('"')) return { output: text };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AttemptFailure(`printed invalid JSON: ${text.slice(0, 200)}`, { retriable: false, cause: error });
  }
  const parsed = scriptAnswerSchema.safeParse(json);
  if (!parsed.success) throw new AttemptFailure(`printed JSON that is not { output, toolCalls? }: ${text.slice(0, 200)}`, { retriable: false });
  return fromScriptAnswer(parsed.data);
}

/**
 * A local program as a target: one process per call reads the ChatRequest as JSON on stdin and
 * prints `{ output, toolCalls? }` (or plain text) on stdout. It inherits Vouch's environment.
 * @example
 * commandConfigSchema.parse({ type: 'command', command: 'python3', args: ['bot.py'] });
 */
export const commandTarget: TargetKind<CommandConfig> = {
  id: 'command',
  description: 'A local program run per call: ChatRequest JSON on stdin, answer on stdout.',
  configSchema: commandConfigSchema,
  create(config, context) {
    const commandLine = [config.command, ...config.args].join(' ');
    const label = config.label ?? `command:${config.command}`;
    const cwd = resolve(context.cwd, config.cwd ?? '.');
    return defineTarget({
      kind: 'command',
      label,
      rateLimit: config.rateLimit,
      async call(request, signal) {
        const retry = { retries: config.retries, backoffMs: config.backoffMs, signal, label: `command "${commandLine}"` };
        const { value, attempts } = await withRetries(retry, async () => {
          const stdin = JSON.stringify(request);
          const stdout = await runCommand({ command: config.command, args: config.args, cwd, stdin, timeoutMs: config.timeoutMs, signal, label: `command "${commandLine}"` });
          return parseCommandOutput(stdout);
        });
        return { ...value, attempts };
      },
    });
  },
};
