import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli, temporaryDirectory } from '../support/cli.js';

describe('vouch scan', () => {
  it('prints one record for TEXT with the contract fields', async () => {
    const run = await runCli(['scan', 'write to ana.souza@mailbox.example.org today']);
    expect(run.code).toBe(0);
    const [record] = jsonLines(run.stdout);
    expect(record).toEqual({
      action: 'redact',
      findings: [{ detector: 'pii', type: 'EMAIL_ADDRESS', start: 9, end: 38, score: expect.any(Number) }],
      scores: { pii: expect.any(Number), secrets: 0 },
      text: 'write to <EMAIL_ADDRESS_1> today',
    });
  });

  it('gives exactly one line per input line, in order, with ids copied and bad lines as errors', async () => {
    const directory = temporaryDirectory();
    const file = join(directory, 'in.jsonl');
    const lines = [
      JSON.stringify({ id: 'a', text: 'mail ana@mailbox.example.org' }),
      '',
      '{not json',
      JSON.stringify({ id: 7, text: 42 }),
      JSON.stringify(['array']),
      JSON.stringify({ id: 'b', body: 'no text field' }),
      JSON.stringify({ id: 'c', text: 'bad \uD800 surrogate' }).replace('\\ud800', '\\uD800'),
      JSON.stringify({ id: 'd', text: 'nothing to see' }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = await runCli(['scan', '--input', file]);
    const records = jsonLines(run.stdout);
    expect(records).toHaveLength(8);
    expect(records.map((record) => record.id ?? null)).toEqual(['a', null, null, 7, null, 'b', 'c', 'd']);
    expect(records[0]).toMatchObject({ action: 'redact' });
    expect(records[1]).toMatchObject({ line: 2, error: { code: 'VOUCH_INPUT_INVALID', message: 'line 2: empty line' } });
    expect((records[2]!.error as { message: string }).message).toMatch(/^line 3: not valid JSON/);
    expect((records[3]!.error as { message: string }).message).toBe('line 4: field "text" must be a string; got number');
    expect((records[4]!.error as { message: string }).message).toBe('line 5: expected a JSON object, got an array');
    expect((records[5]!.error as { fix: string }).fix).toMatch(/--field/);
    expect((records[6]!.error as { message: string }).message).toMatch(/lone surrogate/);
    expect(records[7]).toEqual({ id: 'd', action: 'allow', findings: [], scores: { pii: 0, secrets: 0 }, text: 'nothing to see' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('6 input record(s) could not be scanned');
  });

  it('reads stdin with --input - and another field with --field', async () => {
    const run = await runCli(['scan', '--input', '-', '--field', 'body'], { stdin: `${JSON.stringify({ body: 'hi' })}\n` });
    expect(jsonLines(run.stdout)).toEqual([{ action: 'allow', findings: [], scores: { pii: 0, secrets: 0 }, text: 'hi' }]);
    expect(run.code).toBe(0);
  });

  it('restricts detectors and exits 1 when something is blocked', async () => {
    const run = await runCli(['scan', '--stage', 'output', '--detectors', 'secrets', 'key AKIAZ7QF3XMPLE5KTW2Q here']);
    const [record] = jsonLines(run.stdout);
    expect(Object.keys(record!.scores as object)).toEqual(['secrets']);
    expect(record!.action).toBe('block');
    expect(run.code).toBe(1);
  });

  it('refuses unknown detectors, formats and stages with exit 2 and the fix', async () => {
    const detector = await runCli(['scan', '--detectors', 'pii,nope', 'x']);
    expect(detector.code).toBe(2);
    expect(detector.stderr).toContain('unknown detector "nope"; available: ');
    const format = await runCli(['scan', '--format', 'xml', 'x']);
    expect(format.stderr).toContain('fix: Use one of: jsonl, json, table.');
    const stage = await runCli(['scan', '--stage', 'middle', 'x']);
    expect(stage.code).toBe(2);
    const nothing = await runCli(['scan']);
    expect(nothing.stderr).toContain('nothing to scan');
    const missing = await runCli(['scan', '--input', '/no/such/file.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read --input /no/such/file.jsonl');
  });

  it('prints a table for people and a JSON array with --format json', async () => {
    const table = await runCli(['scan', '--format', 'table', 'mail ana@mailbox.example.org']);
    expect(table.stdout.split('\n')[0]).toMatch(/^#\s+action\s+detector\s+type\s+span\s+score/);
    expect(table.stdout).toMatch(/redact\s+pii\s+EMAIL_ADDRESS\s+5-28/);
    const json = await runCli(['scan', '--format', 'json', 'hello']);
    expect(JSON.parse(json.stdout)).toEqual([{ action: 'allow', findings: [], scores: { pii: 0, secrets: 0 }, text: 'hello' }]);
  });

  it('rejects a 10 MB line with a clear error and keeps going', async () => {
    const directory = temporaryDirectory();
    const file = join(directory, 'big.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'big', text: 'a'.repeat(10 * 1024 * 1024) })}\n${JSON.stringify({ id: 'small', text: 'ok' })}\n`);
    const run = await runCli(['scan', '--input', file]);
    const records = jsonLines(run.stdout);
    expect(records[0]).toMatchObject({ id: 'big', error: { code: 'VOUCH_INPUT_TOO_LARGE' } });
    expect((records[0]!.error as { fix: string }).fix).toContain('limits.maxInputChars');
    expect(records[1]).toMatchObject({ id: 'small', action: 'allow' });
  });
});

describe('vouch scan on empty input', () => {
  it('refuses an empty TEXT with the fix, and says so for an input without records', async () => {
    const empty = await runCli(['scan', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('TEXT is empty');
    const none = await runCli(['scan', '--input', '-'], { stdin: '' });
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('the input has no records');
    expect(none.code).toBe(0);
    const emptyText = await runCli(['scan', '--input', '-'], { stdin: '{"id":"e","text":""}\n' });
    expect(JSON.parse(emptyText.stdout)).toEqual({ id: 'e', action: 'allow', findings: [], scores: { pii: 0, secrets: 0 }, text: '' });
  });
});
