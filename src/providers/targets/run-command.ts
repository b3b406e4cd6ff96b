import { spawn } from 'node:child_process';
import { AttemptFailure } from '../retry.js';
import { abortedError } from '../wait.js';

export interface RunCommandOptions {
  command: string;
  args: readonly string[];
  cwd: string;
  stdin: string;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** Names the command in errors. */
  label: string;
}

/**
 * Spawns a process, writes `stdin`, and resolves with its stdout when it exits 0; a non-zero exit
 * or a timeout (the process is killed) throws a retriable AttemptFailure with stderr's start,
 * and an abort kills the process and rejects at once.
 * @example
 * const stdout = await runCommand({ command: 'node', args: ['bot.mjs'], cwd, stdin: '{}', timeoutMs: 5000, label: 'node bot.mjs' });
 */
export function runCommand(options: RunCommandOptions): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    if (options.signal?.aborted) return reject(abortedError(options.label));
    const child = spawn(options.command, [...options.args], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const stderrStart = () => Buffer.concat(stderr).toString('utf8').slice(0, 200);
    const onAbort = () => {
      child.kill('SIGKILL');
      finish(() => reject(abortedError(options.label)));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() => reject(new AttemptFailure(`timed out after ${options.timeoutMs} ms and was killed; stderr: ${stderrStart()}`, { retriable: true })));
    }, options.timeoutMs);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on('error', () => undefined); // a process that exits without reading stdin: its exit code tells
    child.on('error', (error) => finish(() => reject(new AttemptFailure(`cannot start: ${error.message}`, { retriable: false, cause: error }))));
    child.on('close', (code, signalName) => {
      if (code === 0) return finish(() => resolve(Buffer.concat(stdout).toString('utf8')));
      const how = code === null ? `was killed by ${signalName ?? 'a signal'}` : `exited with code ${code}`;
      finish(() => reject(new AttemptFailure(`${how}; stderr: ${stderrStart()}`, { retriable: true })));
    });
    child.stdin.end(options.stdin);
  });
}
