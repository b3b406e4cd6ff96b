import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const textKinds = ['message', 'email', 'log', 'json', 'code', 'csv', 'document'] as const;

const entitySchema = z.strictObject({
  type: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be an UPPER_SNAKE entity type'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  unnamed: z.literal(true).optional(),
});

/** One line of a labelled evaluation set (JSONL). */
export const labelledRecordSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(textKinds),
  text: z.string(),
  entities: z.array(entitySchema),
  tags: z.array(z.string()),
});

export type LabelledRecord = z.infer<typeof labelledRecordSchema>;
export type GoldEntity = LabelledRecord['entities'][number];

/** A malformed data file: names the file, the 1-based line and the field. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}:${line}: field "${field}": ${problem}`);
    this.name = 'DatasetError';
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || '(record)';
}

function checkSpans(record: LabelledRecord, file: string, line: number): void {
  record.entities.forEach((entity, index) => {
    if (entity.end <= entity.start) throw new DatasetError(file, line, `entities[${index}].end`, `must be greater than start (${entity.start}), got ${entity.end}`);
    if (entity.end > record.text.length) throw new DatasetError(file, line, `entities[${index}].end`, `must be at most the text length (${record.text.length}), got ${entity.end}`);
  });
}

/** Parses JSONL text into records, throwing DatasetError on the first malformed line. */
export function parseLabelledSet(content: string, file: string): LabelledRecord[] {
  const records: LabelledRecord[] = [];
  const seen = new Map<string, number>();
  content.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      throw new DatasetError(file, line, '(line)', `not valid JSON (${(error as Error).message})`);
    }
    const result = labelledRecordSchema.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new DatasetError(file, line, fieldPath(issue.path), issue.message);
    }
    const record = result.data;
    checkSpans(record, file, line);
    const earlier = seen.get(record.id);
    if (earlier !== undefined) throw new DatasetError(file, line, 'id', `"${record.id}" was already used on line ${earlier}`);
    seen.set(record.id, line);
    records.push(record);
  });
  return records;
}

/** Reads and validates a labelled set from disk. */
export function loadLabelledSet(file: string): LabelledRecord[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DatasetError(file, 0, '(file)', `cannot be read (${(error as Error).message})`);
  }
  return parseLabelledSet(content, file);
}
