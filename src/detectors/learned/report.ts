import type { FitReport } from './fit.js';

function ratio(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(3);
}

/** The held-out report as a table: per output ROC AUC, TPR at 1% FPR, and P/R/F1/FPR at the model's threshold. */
export function formatFitReport(report: FitReport): string {
  const lines = [`splits: ${report.splits.train} train, ${report.splits.calibration} calibration, ${report.splits.test} test (by group)`];
  lines.push(`${'output'.padEnd(24)} ${'pos'.padStart(5)} ${'neg'.padStart(5)}  ${'AUC'.padStart(5)}  TPR@1%FPR  threshold  precision  recall     F1    FPR`);
  for (const output of report.anyClass ? [report.anyClass, ...report.outputs] : report.outputs) {
    const at = output.atThreshold;
    lines.push(
      `${output.output.padEnd(24)} ${String(output.positives).padStart(5)} ${String(output.negatives).padStart(5)}  ${ratio(output.rocAuc).padStart(5)}  ${ratio(output.truePositiveRateAt1PercentFpr).padStart(9)}  ${ratio(at.threshold).padStart(9)}  ${ratio(at.precision).padStart(9)}  ${ratio(at.recall).padStart(6)}  ${ratio(at.f1).padStart(5)}  ${ratio(at.falsePositiveRate).padStart(5)}`,
    );
  }
  if (report.recallByClass) {
    lines.push(`recall at the threshold by technique: ${Object.entries(report.recallByClass).map(([name, entry]) => `${name} ${entry.flagged}/${entry.total}`).join(', ')}`);
  }
  if (report.macroF1 !== undefined) lines.push(`macro F1 over classes: ${ratio(report.macroF1)}`);
  return lines.join('\n');
}
