import type { VouchError } from '../core/errors.js';
import type { GuardResult } from '../guard/types.js';

/** One output line of `vouch scan` (the scan output contract). */
export interface ScanRecord {
  id?: unknown;
  action: GuardResult['action'];
  findings: { detector: string; type: string; start: number; end: number; score: number }[];
  scores: Record<string, number>;
  text: string;
}

export interface ScanErrorRecord {
  id?: unknown;
  line?: number;
  error: ReturnType<VouchError['toJSON']>;
}

export function toScanRecord(result: GuardResult, id: unknown): ScanRecord {
  return {
    ...(id === undefined ? {} : { id }),
    action: result.action,
    findings: result.findings.map(({ detector, type, start, end, score }) => ({ detector, type, start, end, score })),
    scores: result.scores,
    text: result.text,
  };
}

export function toErrorRecord(error: VouchError, id: unknown, line: number | undefined): ScanErrorRecord {
  return { ...(id === undefined ? {} : { id }), ...(line === undefined ? {} : { line }), error: error.toJSON() };
}

export function isErrorRecord(record: ScanRecord | ScanErrorRecord): record is ScanErrorRecord {
  return 'error' in record;
}

/** A fixed-width table for people: one row per finding, or one row for a clean text. */
export function formatTable(records: readonly (ScanRecord | ScanErrorRecord)[]): string {
  const rows: string[][] = [['#', 'action', 'detector', 'type', 'span', 'score', 'note']];
  records.forEach((record, index) => {
    const label = String(record.id ?? index + 1);
    if (isErrorRecord(record)) {
      rows.push([label, 'error', '', record.error.code, '', '', record.error.message]);
      return;
    }
    if (record.findings.length === 0) rows.push([label, record.action, '', '', '', '', '']);
    for (const finding of record.findings) {
      rows.push([label, record.action, finding.detector, finding.type, `${finding.start}-${finding.end}`, finding.score.toFixed(2), '']);
    }
  });
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return `${rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n')}\n`;
}
