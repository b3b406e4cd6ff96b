import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultCount, defaultSeed, generateRecord } from '../../scripts/dataset/generate.js';
import { loadLabelledSet, textKinds } from '../../scripts/eval/dataset.js';

const file = fileURLToPath(new URL('../../data/eval/pii-labelled.jsonl', import.meta.url));
const records = loadLabelledSet(file);

/** Words naming each national id (lower case, matched as substrings of the nearby text). */
const namingWords: Record<string, string[]> = {
  US_SSN: ['ssn', 'social security'],
  UK_NHS: ['nhs'],
  UK_NINO: ['national insurance', 'ni number', 'ni_number', 'nino'],
  CA_SIN: ['sin', 'social insurance', 'assurance sociale', 'nas'],
  ES_NIF: ['dni', 'nif'],
  ES_NIE: ['nie', 'extranjero'],
  IT_FISCAL_CODE: ['codice', 'fiscal', 'c.f.', 'cf'],
  IN_AADHAAR: ['aadhaar', 'आधार', 'uid'],
  IN_PAN: ['pan'],
  PL_PESEL: ['pesel'],
  AU_TFN: ['tfn', 'tax file', 'tax_file'],
  DE_TAX_ID: ['steuer', 'idnr'],
  NL_BSN: ['bsn', 'burgerservice'],
  FR_NIR: ['nir', 'sécu', 'secu', 'sécurité sociale'],
  BR_CPF: ['cpf'],
};

describe('the committed labelled set', () => {
  it('is what the generator produces (every 8th line regenerated; each line has its own seed)', () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines).toHaveLength(defaultCount + 1);
    expect(lines[defaultCount]).toBe('');
    const stale: number[] = [];
    for (let index = 0; index < defaultCount; index += 8) {
      if (lines[index] !== JSON.stringify(generateRecord(defaultSeed, index))) stale.push(index);
    }
    expect(stale, 'run: npx tsx scripts/dataset/generate-pii-set.ts').toEqual([]);
  });

  it('is large and varied, with at least 30% of texts carrying no entity', () => {
    expect(records.length).toBeGreaterThanOrEqual(2500);
    expect(new Set(records.map((record) => record.kind))).toEqual(new Set(textKinds));
    const empty = records.filter((record) => record.entities.length === 0).length;
    expect(empty / records.length).toBeGreaterThanOrEqual(0.3);
    const languages = new Set(records.flatMap((record) => record.tags.filter((tag) => tag.startsWith('lang:'))));
    expect(languages.size).toBeGreaterThanOrEqual(8);
  });

  it('has at least 25 examples of every type and 60 of every national id', () => {
    const counts = new Map<string, number>();
    for (const entity of records.flatMap((record) => record.entities)) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
    for (const [type, count] of counts) expect(count, type).toBeGreaterThanOrEqual(25);
    for (const type of Object.keys(namingWords)) expect(counts.get(type) ?? 0, type).toBeGreaterThanOrEqual(60);
    expect(counts.size).toBeGreaterThanOrEqual(50);
  });

  it('has spans that hold non-blank text without stray spaces at the edges', () => {
    const bad = records.flatMap((record) =>
      record.entities
        .map((entity) => record.text.slice(entity.start, entity.end))
        .filter((value) => value.trim() !== value || value.length === 0)
        .map((value) => `${record.id}: ${value}`),
    );
    expect(bad).toEqual([]);
  });

  it('only overlaps entities of different types, on purpose (a URL around a webhook secret)', () => {
    for (const record of records) {
      const entities = record.entities;
      for (let first = 0; first < entities.length; first += 1) {
        for (let second = first + 1; second < entities.length; second += 1) {
          const [a, b] = [entities[first]!, entities[second]!];
          if (a.start < b.end && b.start < a.end) expect([a.type, b.type].sort(), record.id).toContain('URL');
        }
      }
    }
  });

  it('writes JSON payloads that parse', () => {
    for (const record of records.filter((item) => item.kind === 'json')) expect(() => JSON.parse(record.text), record.id).not.toThrow();
  });

  it('names most national ids nearby (about 80%) and leaves some bare, outside CSV rows', () => {
    let named = 0;
    let total = 0;
    for (const record of records.filter((item) => item.kind !== 'csv')) {
      for (const entity of record.entities.filter((item) => namingWords[item.type])) {
        const near = record.text.slice(Math.max(0, entity.start - 48), entity.end + 24).toLowerCase();
        total += 1;
        if (namingWords[entity.type]!.some((word) => near.includes(word))) named += 1;
      }
    }
    expect(named / total).toBeGreaterThan(0.7);
    expect(named / total).toBeLessThan(0.9);
  });
});
