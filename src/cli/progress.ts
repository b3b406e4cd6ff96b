import type { RunProgress } from '../eval/runner/run.js';

/**
 * One line of a progress bar: done/total, percent, errors, rate and ETA, e.g.
 * "[########------------] 412/1000  41%  2 errors  88.1/s  ETA 7s".
 */
export function formatProgress(progress: RunProgress, width = 20): string {
  const share = progress.total === 0 ? 1 : Math.min(1, progress.done / progress.total);
  const filled = Math.round(share * width);
  const fresh = progress.done - progress.skipped;
  const rate = progress.elapsedMs > 0 ? (fresh * 1000) / progress.elapsedMs : 0;
  const remaining = progress.total - progress.done;
  const eta = rate > 0 ? formatDuration((remaining / rate) * 1000) : '?';
  const skipped = progress.skipped > 0 ? `  ${progress.skipped} resumed` : '';
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${progress.done}/${progress.total}  ${Math.floor(share * 100)}%  ${progress.errors} errors  ${rate.toFixed(1)}/s  ETA ${eta}${skipped}`;
}

export function formatDuration(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
}

/** Redraws the progress line on a terminal at most every `intervalMs`; silent elsewhere. */
export function createProgressPrinter(stream: NodeJS.WritableStream & { isTTY?: boolean }, enabled: boolean, intervalMs = 200): { update(progress: RunProgress): void; done(): void } {
  let last = 0;
  let shown = false;
  return {
    update(progress) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < intervalMs && progress.done < progress.total) return;
      last = now;
      shown = true;
      stream.write(`\r${formatProgress(progress)}`);
    },
    done() {
      if (shown) stream.write('\n');
    },
  };
}
