import { describe, expect, it } from 'vitest';
import { contextBoost, documentContextBoost, isFormAt, lineAbove, nearCue, scoreWithContext, tableHeaderCell, type ContextWords } from './context.js';

const idWords: ContextWords = { context: ['nhs', 'tax file number'], negativeContext: ['order', 'phone'] };
const base = 0.4;

/** The score of the first occurrence of `value` in `text` with `idWords` (or `words`). */
function scoreOf(text: string, value: string, words: ContextWords = idWords): number {
  const start = text.indexOf(value);
  if (start === -1) throw new RangeError(`"${value}" is not in the text`);
  return scoreWithContext(text, { start, end: start + value.length, score: base }, words);
}

const boosted = base + contextBoost;
const lowered = Math.round((base - contextBoost) * 1000) / 1000;

describe('scoreWithContext near the match', () => {
  it('raises for a positive word and lowers for a negative one, and leaves the score without either', () => {
    expect(scoreOf('NHS number: 401 023 2137', '401 023 2137')).toBeCloseTo(boosted);
    expect(scoreOf('order 401 023 2137 shipped', '401 023 2137')).toBeCloseTo(lowered);
    expect(scoreOf('here you go: 401 023 2137', '401 023 2137')).toBe(base);
    expect(scoreWithContext('x', { start: 0, end: 1, score: 0.5 }, {})).toBe(0.5);
  });

  it('matches words inside identifiers: snake_case, kebab-case, camelCase, SCREAMING_CASE and letters before digits', () => {
    for (const label of ['nhs_number=', 'nhs-no: ', 'patientNhsNumber: ', 'NHSNumber=', 'NHS_NO="', '"nhs2": "']) {
      expect(scoreOf(`${label}401 023 2137`, '401 023 2137')).toBeCloseTo(boosted);
    }
    for (const label of ['TAX_FILE_NUMBER=', 'taxFileNumber: ', 'tax-file-number ', 'TaxFileNumber ']) {
      expect(scoreOf(`${label}123 456 782`, '123 456 782')).toBeCloseTo(boosted);
    }
  });

  it('does not match a word inside another word', () => {
    expect(scoreOf('nhsx 401 023 2137', '401 023 2137')).toBe(base);
    expect(scoreOf('reorder 401 023 2137', '401 023 2137')).toBe(base);
    expect(scoreOf('bordered 401 023 2137', '401 023 2137')).toBe(base);
    expect(scoreOf('sinhs 401 023 2137', '401 023 2137')).toBe(base);
  });

  it('lets the nearer word decide when both kinds are near', () => {
    expect(scoreOf('Phone (see the order form) NHS: 401 023 2137', '401 023 2137')).toBeCloseTo(boosted);
    expect(scoreOf('NHS form, order ref: 401 023 2137', '401 023 2137')).toBeCloseTo(lowered);
  });

  it('ignores a word that labels another number between it and the match', () => {
    expect(scoreOf('NHS 943 476 5919 and also 401 023 2137', '401 023 2137')).toBe(base);
    expect(scoreOf('Order #98765. NHS: 401 023 2137', '401 023 2137')).toBeCloseTo(boosted);
  });

  it('ignores a word after the match that labels a value of its own', () => {
    expect(scoreOf('NHS 401 023 2137, order 55512', '401 023 2137')).toBeCloseTo(boosted);
    expect(scoreOf('401 023 2137 (NHS)', '401 023 2137')).toBeCloseTo(boosted);
    expect(scoreOf('Mine is 401 023 2137. Order no. 4471 follows.', '401 023 2137')).toBe(base);
  });

  it('takes a label from the line above only when nothing else follows it there', () => {
    expect(scoreOf('NHS number:\n401 023 2137', '401 023 2137')).toBeCloseTo(boosted);
    expect(scoreOf('The order looked wrong.\n\n---\nRef: 401 023 2137', '401 023 2137')).toBe(base);
    expect(scoreOf('401 023 2137\nPhone: see below', '401 023 2137')).toBe(base);
  });

  it('matches a word with capitals as written in prose, and in any case only as a key', () => {
    const words: ContextWords = { context: ['SIN'] };
    expect(scoreOf('SIN: 046 454 286', '046 454 286', words)).toBeCloseTo(boosted);
    expect(scoreOf('sin embargo 046 454 286', '046 454 286', words)).toBe(base);
    for (const key of ['sin=', 'sin: ', '"sin": "', 'client_sin ', 'sin_number=', 'sinNumber: ']) {
      expect(scoreOf(`${key}046 454 286`, '046 454 286', words)).toBeCloseTo(boosted);
    }
    expect(scoreOf('id,sin\n1,046 454 286\n2,046 454 287', '046 454 287', words)).toBeCloseTo(boosted);
  });

  it('reports the cue without a score through nearCue', () => {
    expect(nearCue('my ssn 536228745', { start: 7, end: 16 }, { context: ['ssn'] })).toBe('positive');
    expect(nearCue('order 536228745', { start: 6, end: 15 }, { context: ['ssn'], negativeContext: ['order'] })).toBe('negative');
    expect(nearCue('ref 536228745', { start: 4, end: 13 }, { context: ['ssn'] })).toBeUndefined();
  });
});

describe('scoreWithContext in tables', () => {
  const csv = ['id,nhs_number,status,phone', ...Array.from({ length: 30 }, (_, row) => `${1000 + row},401 023 2137,active,020 7946 0958`)].join('\n');
  const lastRow = csv.lastIndexOf('401 023 2137');
  const span = { start: lastRow, end: lastRow + 12, score: base };

  it('uses the header cell of the match column however many rows lie between', () => {
    expect(scoreWithContext(csv, span, idWords)).toBeCloseTo(boosted);
    const phone = csv.lastIndexOf('020 7946 0958');
    expect(scoreWithContext(csv, { start: phone, end: phone + 13, score: base }, idWords)).toBeCloseTo(lowered);
  });

  it('reads semicolon, tab and pipe tables and quoted cells that hold the delimiter', () => {
    const semicolon = 'amount;tax_file_number\n"1,5";123 456 782\n"2,5";987 654 321\n"3,5";876 543 210';
    expect(scoreOf(semicolon, '876 543 210')).toBeCloseTo(boosted);
    const tsv = 'name\tamount\tnhs\nA\t"$1,000"\t401 023 2137\nB\t"$2,000"\t943 476 5919';
    expect(scoreOf(tsv, '943 476 5919')).toBeCloseTo(boosted);
    const pipes = '| nhs | qty |\n|---|---|\n| 401 023 2137 | 2 |\n| 943 476 5919 | 3 |';
    expect(scoreOf(pipes, '943 476 5919')).toBeCloseTo(boosted);
  });

  it('finds no header for a single line, a header row itself, lines of another shape or a non-label cell', () => {
    expect(tableHeaderCell('nhs,401 023 2137', 4, 16)).toBeUndefined();
    const differentShape = 'NHS, the order is late\nhere: 1, 2, 3, 401 023 2137';
    expect(tableHeaderCell(differentShape, differentShape.indexOf('401'), differentShape.length)).toBeUndefined();
    const json = '{"nhs":"x","a":1}\n{"ref":"401 023 2137","a":2}';
    const start = json.indexOf('401');
    expect(tableHeaderCell(json, start, start + 12)).toBeUndefined();
    const header = tableHeaderCell(csv, span.start, span.end)!;
    expect(csv.slice(header.start, header.end)).toBe('nhs_number');
  });

  it('lets a header without a word of the list leave the score, without a document-level boost', () => {
    const text = 'NHS numbers below\n\nref,qty\n401 023 2137,2\n943 476 5919,3';
    const words: ContextWords = { ...idWords, documentContext: ['nhs'] };
    expect(scoreOf(text, '943 476 5919', words)).toBe(base);
  });
});

describe('scoreWithContext across the document', () => {
  const words: ContextWords = { ...idWords, documentContext: ['nhs', 'SIN'] };
  const far = `${'Our clinic moved. '.repeat(8)}`;

  it('adds the smaller boost for a document-level word anywhere in the text', () => {
    expect(scoreOf(`Please update my NHS record. ${far}Here it is: 401 023 2137`, '401 023 2137', words)).toBeCloseTo(base + documentContextBoost);
    expect(scoreOf(`${far}Here it is: 401 023 2137. ${far}(for the NHS)`, '401 023 2137', words)).toBeCloseTo(base + documentContextBoost);
  });

  it('adds nothing without a document-level word, and lets a near word decide over it', () => {
    expect(scoreOf(`${far}Here it is: 401 023 2137`, '401 023 2137', words)).toBe(base);
    expect(scoreOf(`${far}sin duda 401 023 2137`, '401 023 2137', words)).toBe(base);
    expect(scoreOf(`NHS letter. ${far}order 401 023 2137`, '401 023 2137', words)).toBeCloseTo(lowered);
    expect(scoreOf(`Patient NHS data. ${far}401 023 2137`, '401 023 2137', idWords)).toBe(base);
  });
});

describe('scoreWithContext on pathological input', () => {
  it('stays linear with many matches in one long line, many table rows and many words', () => {
    const line = '401 023 2137 '.repeat(80_000);
    const rows = `nhs,qty\n${'401 023 2137,2\n'.repeat(60_000)}`;
    const words: ContextWords = { ...idWords, documentContext: ['nhs'] };
    const started = performance.now();
    let total = 0;
    for (let start = 0; start < line.length; start += 13 * 97) total += scoreWithContext(line, { start, end: start + 12, score: base }, words);
    for (let start = 8; start < rows.length; start += 15 * 7) total += scoreWithContext(rows, { start, end: start + 12, score: base }, words);
    expect(total).toBeGreaterThan(0);
    expect(scoreWithContext(rows, { start: rows.length - 15, end: rows.length - 3, score: base }, words)).toBeCloseTo(boosted);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('isFormAt', () => {
  it('matches a form at an index, taking "_" and "-" for its spaces only', () => {
    expect(isFormAt('my tax_file no', 'tax file', 3)).toBe(true);
    expect(isFormAt('my tax-file no', 'tax file', 3)).toBe(true);
    expect(isFormAt('my tax file no', 'tax file', 3)).toBe(true);
    expect(isFormAt('my taxfile no', 'tax file', 3)).toBe(false);
    expect(isFormAt('my tax_file', 'tax', 2)).toBe(false);
    expect(isFormAt('ss-n', 'ssn', 0)).toBe(false);
    expect(isFormAt('tax', 'tax file', 0)).toBe(false);
  });
});

describe('tableHeaderCell for lines without delimiters', () => {
  it('finds no header for a value on a line with no delimiter, and one below a header row', () => {
    const text = 'name,ssn\nbob,512-44-7789\nplain line 512-44-7789\n';
    expect(tableHeaderCell(text, 13, 24)).toEqual({ start: 5, end: 8 });
    expect(tableHeaderCell(text, 36, 47)).toBeUndefined();
  });
});

describe('lineAbove', () => {
  it('gives the start of the previous line, including an empty first line', () => {
    expect(lineAbove('ab\ncd\nef', 6)).toBe(3);
    expect(lineAbove('ab\ncd\nef', 3)).toBe(0);
    expect(lineAbove('\nab', 1)).toBe(0);
    expect(lineAbove('a\n\nb', 3)).toBe(2);
  });
});
