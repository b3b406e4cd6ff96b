import { VouchError } from '../../core/errors.js';
import type { RunProgress } from '../../eval/runner/run.js';
import type { CliIo } from '../io.js';
import { createProgressPrinter } from '../progress.js';

/** Runs `task` with a signal that Ctrl-C (SIGINT/SIGTERM) aborts, so a run stops cleanly and can be resumed. */
export async function withInterrupt<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await task(controller.signal);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

/** Runs `task` with a progress callback drawn on stderr when it is a terminal (or `force`). */
export async function withProgress<T>(io: CliIo, force: boolean, task: (onProgress: (progress: RunProgress) => void) => Promise<T>): Promise<T> {
  const stream = io.stderr as NodeJS.WritableStream & { isTTY?: boolean };
  const printer = createProgressPrinter(stream, force || stream.isTTY === true);
  try {
    return await task((progress) => printer.update(progress));
  } finally {
    printer.done();
  }
}

/** Parses a numeric option, naming it in the error. */
export function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new VouchError('VOUCH_USAGE', `${name} must be a number, got "${value}"`, { fix: `Pass ${name} with a number, e.g. ${name} 0.05.` });
  return parsed;
}
