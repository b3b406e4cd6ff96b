import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, loadLabelledSet, parseLabelledSet } from '../../scripts/eval/dataset.js';

const good = { id: 'a', kind: 'message', text: 'mail ana@example.com', entities: [{ type: 'EMAIL_ADDRESS', start: 5, end: 20 }], tags: [] };
const line = (record: unknown): string => JSON.stringify(record);

function errorOf(content: string): DatasetError {
  try {
    parseLabelledSet(content, 'set.jsonl');
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

describe('parseLabelledSet', () => {
  it('reads valid lines and skips blank ones', () => {
    const records = parseLabelledSet(`${line(good)}\n\n${line({ ...good, id: 'b', entities: [] })}\n`, 'set.jsonl');
    expect(records.map((record) => record.id)).toEqual(['a', 'b']);
    expect(records[0]!.entities[0]).toEqual({ type: 'EMAIL_ADDRESS', start: 5, end: 20 });
  });

  it('names the line of invalid JSON', () => {
    const error = errorOf(`${line(good)}\n{"id": `);
    expect(error.line).toBe(2);
    expect(error.field).toBe('(line)');
    expect(error.message).toMatch(/^set\.jsonl:2: field "\(line\)": not valid JSON/);
  });

  it('names the field that fails the schema', () => {
    const error = errorOf(line({ ...good, entities: [{ type: 'EMAIL_ADDRESS', start: 5, end: 20 }, { type: 'email', start: 0, end: 1 }] }));
    expect(error.line).toBe(1);
    expect(error.field).toBe('entities[1].type');
    expect(errorOf(line({ ...good, kind: 'tweet' })).field).toBe('kind');
    expect(errorOf(line({ ...good, extra: 1 })).field).toBe('(record)');
    expect(errorOf(line({ id: 'x', kind: 'log', text: '', entities: [] })).field).toBe('tags');
  });

  it('rejects spans that are empty or run past the text', () => {
    expect(errorOf(line({ ...good, entities: [{ type: 'URL', start: 4, end: 4 }] })).field).toBe('entities[0].end');
    const tooLong = errorOf(line({ ...good, entities: [{ type: 'URL', start: 0, end: 21 }] }));
    expect(tooLong.field).toBe('entities[0].end');
    expect(tooLong.message).toContain('text length (20)');
  });

  it('rejects a repeated id and points at the first use', () => {
    const error = errorOf(`${line(good)}\n${line(good)}`);
    expect(error.line).toBe(2);
    expect(error.field).toBe('id');
    expect(error.message).toContain('line 1');
  });
});

describe('loadLabelledSet', () => {
  it('reads a file and reports a missing one as a DatasetError', () => {
    const directory = mkdtempSync(join(tmpdir(), 'vouch-eval-'));
    const file = join(directory, 'set.jsonl');
    writeFileSync(file, `${line(good)}\n`);
    expect(loadLabelledSet(file)).toHaveLength(1);
    expect(() => loadLabelledSet(join(directory, 'missing.jsonl'))).toThrow(DatasetError);
  });
});
