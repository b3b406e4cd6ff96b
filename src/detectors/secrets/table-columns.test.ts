import { describe, expect, it } from 'vitest';
import { columnValues } from './table-columns.js';
import { alphabets as a, fakeChars, found, scanSecrets } from './testing.js';

/** Every occurrence of `word` in `text`, as one trigger's position list. */
function positionsOf(text: string, word: string): number[][] {
  const positions: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) positions.push(at);
  return [positions];
}

const password = 'Xk93-frozen-Lamp7';
const apiKey = fakeChars('table-api-key', a.base62, 32);
const awsSecret = fakeChars('table-aws', a.base64, 40).replace(/[+/=]/g, 'Q');
const datadogKey = fakeChars('table-datadog', a.hex, 32);

describe('columnValues', () => {
  it('reads the column under a header cell holding a trigger, with quoted cells and offsets', () => {
    const text = `id,password,note\n1,${password},"a, b"\n2,"${password}x",c\n\nafter,password`;
    expect(columnValues(text, positionsOf(text, 'pass'))).toEqual([
      { key: 'password', value: password, start: text.indexOf(password) },
      { key: 'password', value: `${password}x`, start: text.indexOf(`"${password}x`) + 1 },
    ]);
  });

  it('reads SQL INSERT tuples, also on following lines, and markdown tables', () => {
    const sql = `INSERT INTO users (id, password) VALUES (1, '${password}'),\n  (2, 'other-Secret9');`;
    expect(columnValues(sql, positionsOf(sql, 'pass')).map((cell) => [cell.value, sql.slice(cell.start, cell.start + cell.value.length)])).toEqual([
      [password, password],
      ['other-Secret9', 'other-Secret9'],
    ]);
    const markdown = `| user | password |\n| --- | :---: |\n| ana | ${password} |`;
    expect(columnValues(markdown, positionsOf(markdown, 'pass'))).toEqual([{ key: 'password', value: password, start: markdown.indexOf(password) }]);
  });

  it('ignores prose and lines that are no header', () => {
    const text = `The password, as agreed, is below\n${password}, x, y`;
    expect(columnValues(text, positionsOf(text, 'pass'))).toEqual([]);
  });

  it('stays linear on 100k rows under one password header, and on 100k header-like lines', () => {
    const rows = `id,password\n${'7,abc\n'.repeat(100_000)}`;
    const started = performance.now();
    expect(columnValues(rows, positionsOf(rows, 'pass'))).toHaveLength(100_000);
    const headers = 'password,id\n'.repeat(100_000);
    expect(columnValues(headers, positionsOf(headers, 'pass')).length).toBe(99_999);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('keyed rules read table columns', () => {
  it.each([
    [`id,db_password,created\n1,${password},2024-01-02\n`, 'CSV'],
    [`id\tdb_password\n1\t${password}\n`, 'TSV'],
    [`INSERT INTO accounts (id, admin_password) VALUES (7, '${password}');`, 'SQL INSERT'],
    [`| user | password |\n|---|---|\n| ana | ${password} |\n`, 'markdown table'],
  ])('finds a password in %s (%s)', (text) => {
    expect(found(text)).toEqual([['GENERIC_PASSWORD', password]]);
  });

  it('finds provider keys and API keys by column name', () => {
    const text = `amount;aws_secret_access_key;dd_api_key;api_key\n12;${awsSecret};${datadogKey};${apiKey}\n`;
    expect(found(text)).toEqual([
      ['AWS_SECRET_ACCESS_KEY', awsSecret],
      ['DATADOG_API_KEY', datadogKey],
      ['GENERIC_API_KEY', apiKey],
    ]);
    const sql = `INSERT INTO t (ts, datadog_api_key) VALUES ('2021-02-25', '${datadogKey}');`;
    expect(scanSecrets(sql)).toEqual([expect.objectContaining({ type: 'DATADOG_API_KEY', start: sql.indexOf(datadogKey), score: 0.85 })]);
  });

  it.each([
    [`id,password_hint,token_count,key_id\n1,${password},${apiKey},${apiKey}\n`, 'metadata columns'],
    ['id,password\n1,changeme\n2,<password>\n3,${DB_PASSWORD}\n', 'placeholders'],
    [`INSERT INTO t (password_hint, api_key) VALUES ('${password}', 'YOUR_API_KEY_HERE_12345');`, 'SQL hint and placeholder'],
    [`id,dd_api_key\n1,not-a-hex-key\n`, 'a value of the wrong shape'],
  ])('finds nothing in %s (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });
});
