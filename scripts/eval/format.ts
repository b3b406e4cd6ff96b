import type { Interval } from './metrics.js';
import type { EvaluationReport, ScoredCounts } from './report.js';

function ratio(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

function withInterval(value: number | null, interval: Interval | null): string {
  if (value === null || interval === null) return '—';
  return `${value.toFixed(3)} [${interval.low.toFixed(2)}–${interval.high.toFixed(2)}]`;
}

function renderTable(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function countCells(counts: ScoredCounts): string[] {
  return [String(counts.support), String(counts.tp), String(counts.fp), String(counts.fn), withInterval(counts.precision, counts.precisionInterval), withInterval(counts.recall, counts.recallInterval), ratio(counts.f1)];
}

/** The per-type table with micro and macro totals, the per-kind table and the notes under them. */
export function formatReport(report: EvaluationReport): string {
  const header = ['type', 'support', 'TP', 'FP', 'FN', 'precision [95% CI]', 'recall [95% CI]', 'F1', 'exact F1', 'named: P / R', 'identifiable: P / R'];
  const pair = (counts: ScoredCounts): string => `${ratio(counts.precision)} / ${ratio(counts.recall)}`;
  const rows = report.types.map((row) => [row.type, ...countCells(row.overlap), ratio(row.exact.f1), pair(row.named), pair(row.identifiable)]);
  rows.push(['micro (overlap)', ...countCells(report.micro.overlap), ratio(report.micro.exact.f1), '', '']);
  rows.push(['micro (exact span)', ...countCells(report.micro.exact), ratio(report.micro.exact.f1), '', '']);
  rows.push(['macro F1 over types', '', '', '', '', '', '', ratio(report.macroF1.overlap), ratio(report.macroF1.exact), '', '']);
  const numeric = new Set([1, 2, 3, 4, 7, 8, 9, 10]);
  const kinds = report.byKind.map(({ kind, counts }) => [kind, ...countCells(counts)]);
  const lines = [
    `data: ${report.data.file} (${report.data.records} texts, sha256 ${report.data.sha256.slice(0, 12)})  threshold: score >= ${report.threshold}`,
    `matching: ${report.matching}`,
    '',
    renderTable(header, rows, numeric),
    `identifiable: bare mentions (no word naming the type) of ${report.weakCheckTypes.map((entry) => `${entry.type} (random digits pass 1 in ${(1 / entry.chance).toFixed(0)})`).join(', ')} set aside: their checks pass more than 1 random run in 50, so no reader can tell them from other numbers (scripts/eval/identifiable.ts)`,
    '',
    'by kind (overlap):',
    renderTable(['kind', ...header.slice(1, 8)], kinds, new Set([1, 2, 3, 4, 7])),
    '',
    `hard-negative texts with any false positive: ${report.hardNegativeTags.map((entry) => `${entry.tag.replace('hard-negative:', '')} ${entry.textsWithFalsePositive}/${entry.texts}`).join(', ')}`,
  ];
  if (report.unscoredTypes.length > 0) lines.push(`predicted types this set does not label (not scored): ${report.unscoredTypes.map((entry) => `${entry.type} ×${entry.findings}`).join(', ')}`);
  if (report.predictErrors.length > 0) lines.push(`predict threw on ${report.predictErrors.length} texts (counted as no findings), first: ${report.predictErrors[0]!.recordId}: ${report.predictErrors[0]!.message}`);
  return lines.join('\n');
}

/** The most common false-positive and false-negative groups, one per line. */
export function formatErrors(report: EvaluationReport): string {
  const lines = [`${report.commonErrors.length} most common error groups (by type and surface shape):`];
  for (const group of report.commonErrors) {
    const overlaps = group.example.overlaps.length > 0 ? ` (overlaps ${group.example.overlaps.join(', ')})` : '';
    lines.push(`${String(group.count).padStart(5)}  ${group.error} ${group.type.padEnd(22)} shape ${JSON.stringify(group.shape)}  e.g. ${group.example.recordId} ${JSON.stringify(group.example.surface)}${overlaps}  …${group.example.context}…`);
  }
  return lines.join('\n');
}
