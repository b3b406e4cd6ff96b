import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VouchError } from '../../core/errors.js';
import { createFileWriter } from '../../core/streams.js';
import type { RunRecord } from '../types.js';
import { readResults } from './results-file.js';

/**
 * Writes results.json: the run record with every case, streamed from results.jsonl so a run of
 * 100k cases never sits in memory. Cases keep the order they finished in.
 */
export async function writeRunRecord(path: string, record: Omit<RunRecord, 'cases'>, resultsPath: string): Promise<void> {
  const file = createFileWriter(path);
  const write = (chunk: string): Promise<void> => file.write(chunk);
  const head = JSON.stringify(record, null, 2);
  await write(`${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n  "cases": [`);
  let first = true;
  for await (const result of readResults(resultsPath)) {
    await write(`${first ? '\n' : ',\n'}    ${JSON.stringify(result)}`);
    first = false;
  }
  await write(first ? ']\n}\n' : '\n  ]\n}\n');
  await file.close();
}

/** Reads a run directory's results.json (a finished run), naming the directory when it is not one. */
export function readRunRecord(directory: string): RunRecord {
  const path = join(directory, 'results.json');
  if (!existsSync(path)) throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `${path} does not exist`, { fix: 'Pass the --out directory of a finished `vouch eval` run.' });
  const record = JSON.parse(readFileSync(path, 'utf8')) as RunRecord;
  if (record.format !== 'vouch-run/1') throw new VouchError('VOUCH_CONFIG_INVALID', `${path}: not a Vouch run record (format ${String(record.format)})`, { fix: 'Pass the directory of a `vouch eval` run.' });
  return record;
}
