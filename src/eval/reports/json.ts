import type { ReportFormat, ReportInput } from './types.js';

/**
 * JSON indented by two spaces with object keys sorted by code unit and `undefined` members dropped,
 * so equal records always print the same; non-finite numbers print as null (as JSON.stringify does).
 */
export function stableJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'number' && !Number.isFinite(value) ? 'null' : (JSON.stringify(value) ?? 'null');
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item: unknown) => `${inner}${item === undefined ? 'null' : stableJson(item, inner)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined && typeof record[key] !== 'function')
    .sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
  if (keys.length === 0) return '{}';
  const members = keys.map((key) => `${inner}${JSON.stringify(key)}: ${stableJson(record[key], inner)}`);
  return `{\n${members.join(',\n')}\n${indent}}`;
}

/** The record a JSON report holds: the run record, plus the comparison and red-team summary when present. */
export function reportRecord(input: ReportInput): Record<string, unknown> {
  return {
    ...input.run,
    ...(input.comparison === undefined ? {} : { comparison: input.comparison }),
    ...(input.redteam === undefined ? {} : { redteam: input.redteam }),
  };
}

/**
 * The canonical run record as indented JSON with stable key order.
 * @example
 * writeFileSync('results.json', jsonReport.render({ run }));
 */
export const jsonReport: ReportFormat = {
  id: 'json',
  description: 'The canonical run record (plus comparison and red-team summary) as JSON with sorted keys.',
  extension: 'json',
  render: (input) => `${stableJson(reportRecord(input))}\n`,
};
