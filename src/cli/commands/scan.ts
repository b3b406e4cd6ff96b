import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { VouchError, toVouchError } from '../../core/errors.js';
import type { Guard } from '../../guard/guard.js';
import { exitCodes } from '../exit-codes.js';
import { write, type CliIo } from '../io.js';
import { formatTable, isErrorRecord, toErrorRecord, toScanRecord, type ScanErrorRecord, type ScanRecord } from '../records.js';
import { guardFromOptions, parseDetectorList, parseStage, requireOneSource } from '../shared-options.js';

interface ScanOptions {
  input?: string;
  field: string;
  policy?: string;
  detectors?: string;
  stage: string;
  format: string;
}

const formats = ['jsonl', 'json', 'table'] as const;

/** `vouch scan`: checks one text or every line of a JSONL file and prints one record per input. */
export function registerScan(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('scan')
    .description('Scan text for PII, secrets and other findings; one output record per input line')
    .argument('[text]', 'text to scan (or use --input)')
    .option('--input <file>', "JSONL file with one record per line, or '-' for stdin")
    .option('--field <name>', 'field of each JSONL record that holds the text', 'text')
    .option('--policy <file>', 'policy file or builtin:<name> (default builtin:default)')
    .option('--detectors <ids>', 'comma-separated detector ids to run (default: those in the policy)')
    .option('--stage <stage>', 'input or output', 'input')
    .option('--format <format>', 'jsonl, json or table', 'jsonl')
    .action(async (text: string | undefined, options: ScanOptions) => setExit(await scan(text, options, io)));
}

async function scan(text: string | undefined, options: ScanOptions, io: CliIo): Promise<number> {
  if (!(formats as readonly string[]).includes(options.format)) {
    throw new VouchError('VOUCH_USAGE', `--format ${options.format} is not supported`, { fix: `Use one of: ${formats.join(', ')}.` });
  }
  requireOneSource(text, options.input, 'scan', 'Pass the text as an argument, or --input FILE.jsonl (--input - reads JSONL from stdin).');
  if (text === '') {
    throw new VouchError('VOUCH_USAGE', 'TEXT is empty', { fix: 'Pass the text to scan, e.g. vouch scan "call me at …", or use --input FILE.jsonl.' });
  }
  const stage = parseStage(options.stage);
  const guard = guardFromOptions(options, io);
  const detectors = parseDetectorList(options.detectors);
  const output = createOutput(options.format, io);
  const check = (value: string) => guard.check(stage, value, detectors ? { detectors } : {});
  if (text !== undefined) {
    await output.add(await checkOne(check, text, undefined, undefined));
  } else {
    for await (const { line, number } of readLines(options.input!, io)) {
      await output.add(await checkLine({ check, line, number, field: options.field }));
    }
  }
  await output.end();
  return output.exitCode();
}

type Check = (text: string) => ReturnType<Guard['check']>;

async function checkOne(check: Check, text: string, id: unknown, line: number | undefined): Promise<ScanRecord | ScanErrorRecord> {
  try {
    return toScanRecord(await check(text), id);
  } catch (error) {
    return toErrorRecord(toVouchError(error), id, line);
  }
}

async function checkLine(parts: { check: Check; line: string; number: number; field: string }): Promise<ScanRecord | ScanErrorRecord> {
  const { line, number, field } = parts;
  const fail = (message: string, fix: string, id?: unknown) =>
    toErrorRecord(new VouchError('VOUCH_INPUT_INVALID', `line ${number}: ${message}`, { path: field, fix }), id, number);
  if (line.trim() === '') return fail('empty line', 'Remove blank lines; each line must be one JSON object.');
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`, `Write one JSON object per line, e.g. {"id": "1", "${field}": "..."}.`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return fail(`expected a JSON object, got ${Array.isArray(record) ? 'an array' : typeof record}`, `Wrap the text: {"${field}": "..."}.`);
  }
  const { id } = record as { id?: unknown };
  const value = (record as Record<string, unknown>)[field];
  if (typeof value !== 'string') {
    const got = value === undefined ? 'it is missing' : `got ${value === null ? 'null' : typeof value}`;
    return fail(`field "${field}" must be a string; ${got}`, `Put the text in "${field}" as a string, or name the field with --field.`, id);
  }
  return checkOne(parts.check, value, id, number);
}

async function* readLines(input: string, io: CliIo): AsyncGenerator<{ line: string; number: number }> {
  const stream = input === '-' ? io.stdin : createReadStream(resolve(io.cwd, input), { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    if (input === '-') return resolve();
    stream.once('open', () => resolve());
    stream.once('error', (error: Error) =>
      reject(new VouchError('VOUCH_CONFIG_NOT_FOUND', `cannot read --input ${input}: ${error.message}`, { file: input, fix: 'Check the path.' })),
    );
  });
  await opened;
  let number = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    number += 1;
    yield { line, number };
  }
}

function createOutput(format: string, io: CliIo) {
  const kept: (ScanRecord | ScanErrorRecord)[] = [];
  let errors = 0;
  let blocked = 0;
  let records = 0;
  return {
    async add(record: ScanRecord | ScanErrorRecord) {
      records += 1;
      if (isErrorRecord(record)) errors += 1;
      else if (record.action === 'block') blocked += 1;
      if (format === 'jsonl') await write(io.stdout, `${JSON.stringify(record)}\n`);
      else kept.push(record);
    },
    async end() {
      if (format === 'json') await write(io.stdout, `${JSON.stringify(kept, null, 2)}\n`);
      if (format === 'table') await write(io.stdout, formatTable(kept));
      if (errors > 0) await write(io.stderr, `vouch scan: ${errors} input record(s) could not be scanned; see their "error" lines\n`);
      if (records === 0) await write(io.stderr, 'vouch scan: the input has no records\n');
    },
    exitCode: () => (errors > 0 ? exitCodes.usage : blocked > 0 ? exitCodes.refused : exitCodes.ok),
  };
}
