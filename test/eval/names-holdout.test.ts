import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHoldout } from '../../scripts/dataset/holdout-markup.js';

const source = readFileSync(new URL('../../data/eval/names-holdout.txt', import.meta.url), 'utf8');
const committed = readFileSync(new URL('../../data/eval/names-holdout.jsonl', import.meta.url), 'utf8');

describe('the hand-written names holdout', () => {
  it('is committed as the JSONL its markup gives (rerun scripts/dataset/holdout-from-markup.ts after editing it)', () => {
    expect(committed.trim().split('\n').map((line) => JSON.parse(line))).toEqual(parseHoldout(source));
  });

  it('labels only PERSON and LOCATION, each span holding the marked value, with no markup left in the texts', () => {
    const records = parseHoldout(source);
    expect(records.length).toBeGreaterThanOrEqual(280);
    for (const record of records) {
      expect(record.text).not.toMatch(/\[\[|\]\]/);
      for (const entity of record.entities) {
        expect(['PERSON', 'LOCATION']).toContain(entity.type);
        expect(record.text.slice(entity.start, entity.end).trim().length).toBe(entity.end - entity.start);
      }
    }
  });

  it('rejects a malformed marker, naming the line', () => {
    expect(() => parseHoldout('fine line\nbroken [[PERSON Ana]] here')).toThrow('line 2');
  });
});
