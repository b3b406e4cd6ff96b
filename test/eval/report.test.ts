import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import type { LabelledRecord } from '../../scripts/eval/dataset.js';
import { evaluate } from '../../scripts/eval/evaluate.js';
import { formatErrors, formatReport } from '../../scripts/eval/format.js';
import { buildReport, surfaceShape } from '../../scripts/eval/report.js';

const record = (id: string, text: string, entities: LabelledRecord['entities']): LabelledRecord => ({ id, kind: 'message', text, entities, tags: [] });
const records: LabelledRecord[] = [
  record('a', 'Ana Lima ana@example.com', [{ type: 'PERSON', start: 0, end: 8 }, { type: 'EMAIL_ADDRESS', start: 9, end: 24 }]),
  record('b', 'Rui Costa rui@example.org', [{ type: 'PERSON', start: 0, end: 9 }, { type: 'EMAIL_ADDRESS', start: 10, end: 25 }]),
  record('c', 'Eva Braga', [{ type: 'PERSON', start: 0, end: 9 }]),
];
const predict = (text: string): Finding[] => {
  const at = text.indexOf(' ', text.indexOf(' ') + 1);
  return at === -1 ? [] : [{ detector: 'pii', type: 'EMAIL_ADDRESS', start: at + 1, end: text.length, score: 0.9 }];
};

describe('surfaceShape', () => {
  it('reduces characters to classes and collapses runs', () => {
    expect(surfaceShape('4111 1111 1111 1111')).toBe('9 9 9 9');
    expect(surfaceShape('Krzysztof Nowak')).toBe('Aa Aa');
    expect(surfaceShape('ana.lima@example.com')).toBe('a.a@a.a');
    expect(surfaceShape('王伟')).toBe('a');
  });
});

describe('buildReport', () => {
  const report = buildReport(evaluate(records, { predict, threshold: 0.5 }), { file: 'set.jsonl', sha256: 'f'.repeat(64), threshold: 0.5 });

  it('sorts types by support and totals them', () => {
    expect(report.types.map((row) => [row.type, row.overlap.support, row.overlap.tp, row.overlap.fn])).toEqual([
      ['PERSON', 3, 0, 3],
      ['EMAIL_ADDRESS', 2, 2, 0],
    ]);
    expect(report.micro.overlap).toMatchObject({ support: 5, tp: 2, fp: 0, fn: 3 });
    expect(report.micro.overlap.f1).toBeCloseTo(4 / 7, 10);
    expect(report.macroF1.overlap).toBeCloseTo(0.5, 10);
  });

  it('groups errors by type and shape, most common first', () => {
    expect(report.commonErrors[0]).toMatchObject({ error: 'FN', type: 'PERSON', shape: 'Aa Aa', count: 3 });
    expect(report.commonErrors[0]!.example.recordId).toBe('a');
  });

  it('formats a table with intervals and the error listing', () => {
    const text = formatReport(report);
    expect(text).toContain('EMAIL_ADDRESS');
    expect(text).toMatch(/EMAIL_ADDRESS\s+2\s+2\s+0\s+0\s+1\.000 \[0\.34–1\.00\]\s+1\.000 \[0\.34–1\.00\]\s+1\.000\s+1\.000/);
    expect(text).toMatch(/PERSON\s+3\s+0\s+0\s+3\s+—\s+0\.000 \[0\.00–0\.56\]\s+0\.000/);
    expect(text).toContain('micro (overlap)');
    expect(formatErrors(report)).toContain('FN PERSON');
  });
});
