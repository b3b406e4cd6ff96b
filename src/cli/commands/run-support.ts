import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { reportFormats } from '../../eval/reports/index.js';
import type { ReportInput } from '../../eval/reports/types.js';
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

/**
 * Writes a finished run's reports: summary.md and report.html into the run directory, and JUnit
 * XML and SARIF where the options name files (relative to the working directory).
 */
export function writeRunReports(outDir: string, input: ReportInput, files: { cwd: string; junit?: string | undefined; sarif?: string | undefined }): void {
  writeFileSync(join(outDir, 'summary.md'), reportFormats.get('markdown').render(input));
  writeFileSync(join(outDir, 'report.html'), reportFormats.get('html').render(input));
  if (files.junit) writeFileSync(resolve(files.cwd, files.junit), reportFormats.get('junit').render(input));
  if (files.sarif) writeFileSync(resolve(files.cwd, files.sarif), reportFormats.get('sarif').render(input));
}
