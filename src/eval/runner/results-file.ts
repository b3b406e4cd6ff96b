import { createReadStream, existsSync, openSync, closeSync, fstatSync, readSync, ftruncateSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { VouchError } from '../../core/errors.js';
import { createFileWriter } from '../../core/streams.js';
import type { CaseResult } from '../types.js';

/** Appends case results to a JSONL file as they finish, waiting when the disk falls behind. */
export interface ResultsWriter {
  write(result: CaseResult): Promise<void>;
  close(): Promise<void>;
}

export function createResultsWriter(path: string): ResultsWriter {
  const file = createFileWriter(path, 'a');
  return { write: (result) => file.write(`${JSON.stringify(result)}\n`), close: () => file.close() };
}

/**
 * Cuts a torn last line (a run killed mid-write) off a results file, so a resumed run appends
 * after the last complete result. Returns how many bytes were dropped.
 */
export function dropTornTail(path: string): number {
  if (!existsSync(path)) return 0;
  const descriptor = openSync(path, 'r+');
  try {
    const size = fstatSync(descriptor).size;
    let end = size;
    const buffer = Buffer.alloc(1);
    while (end > 0) {
      readSync(descriptor, buffer, 0, 1, end - 1);
      if (buffer[0] === 0x0a) break;
      end--;
    }
    if (end < size) ftruncateSync(descriptor, end);
    return size - end;
  } finally {
    closeSync(descriptor);
  }
}

/** Reads a results file one result at a time (memory stays flat however long the run). */
export async function* readResults(path: string): AsyncGenerator<CaseResult> {
  if (!existsSync(path)) return;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line) as CaseResult;
    } catch (error) {
      throw new VouchError('VOUCH_INPUT_INVALID', `${path}:${number}: not a JSON result (${(error as Error).message})`, { fix: 'The results file is damaged at that line; remove the line and resume the run.' });
    }
  }
}

/** The identity of one run of one case: target, case id and repeat index. */
export function resultKey(result: Pick<CaseResult, 'target' | 'id' | 'repeat'>): string {
  return `${result.target}\u0000${result.id}\u0000${result.repeat}`;
}
