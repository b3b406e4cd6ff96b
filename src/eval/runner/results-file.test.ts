import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseResult } from '../types.js';
import { createResultsWriter, dropTornTail, readResults, resultKey } from './results-file.js';

const result = (id: string): CaseResult => ({ id, repeat: 0, target: 't', tags: [], input: 'in', output: 'out', scores: [], status: 'pass', latencyMs: 1 });

describe('results file', () => {
  it('appends results as JSON lines and reads them back in order', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vouch-results-')), 'results.jsonl');
    const writer = createResultsWriter(path);
    for (const id of ['a', 'b', 'c']) await writer.write(result(id));
    await writer.close();
    const ids: string[] = [];
    for await (const read of readResults(path)) ids.push(read.id);
    expect(ids).toEqual(['a', 'b', 'c']);
  });
  it('cuts a torn last line so a resumed run appends after the last whole result', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vouch-results-')), 'results.jsonl');
    const writer = createResultsWriter(path);
    await writer.write(result('a'));
    await writer.close();
    appendFileSync(path, '{"id":"b","rep');
    expect(dropTornTail(path)).toBe(14);
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(result('a'))}\n`);
  });
  it('keys results by target, id and repeat', () => {
    expect(resultKey({ target: 't', id: 'a', repeat: 1 })).not.toBe(resultKey({ target: 't', id: 'a', repeat: 0 }));
  });
});
