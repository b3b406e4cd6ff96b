import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import type { LabelledRecord } from '../../scripts/eval/dataset.js';
import { countsSettingAside, evaluate } from '../../scripts/eval/evaluate.js';
import { chanceOfPassing, isUnidentifiable, maxIdentifiableChance, weakCheckTypes } from '../../scripts/eval/identifiable.js';

const finding = (type: string, start: number, end: number, score = 0.9): Finding => ({ detector: 'test', type, start, end, score });

const records: LabelledRecord[] = [
  {
    id: 'r1',
    kind: 'message',
    text: 'mail ana@example.com or call +44 7700 900123 now',
    entities: [
      { type: 'EMAIL_ADDRESS', start: 5, end: 20 },
      { type: 'PHONE_NUMBER', start: 29, end: 44 },
    ],
    tags: ['lang:en'],
  },
  { id: 'r2', kind: 'log', text: 'commit 4f2a9c1 deployed', entities: [], tags: ['hard-negative:git-sha', 'lang:en'] },
  { id: 'r3', kind: 'log', text: 'boom', entities: [], tags: ['hard-negative:uuid'] },
];

const predictions: Record<string, Finding[]> = {
  'mail ana@example.com or call +44 7700 900123 now': [finding('EMAIL_ADDRESS', 5, 20), finding('PHONE_NUMBER', 33, 44), finding('PERSON', 0, 4, 0.4), finding('DATE_TIME', 45, 48)],
  'commit 4f2a9c1 deployed': [finding('PHONE_NUMBER', 7, 14)],
};

function predict(text: string): Finding[] {
  if (text === 'boom') throw new Error('detector exploded');
  return predictions[text] ?? [];
}

describe('evaluate', () => {
  const result = evaluate(records, { predict, threshold: 0.5 });

  it('counts per type by overlap and by exact span', () => {
    expect(result.counts.overlap.get('EMAIL_ADDRESS')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(result.counts.overlap.get('PHONE_NUMBER')).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(result.counts.exact.get('PHONE_NUMBER')).toEqual({ tp: 0, fp: 2, fn: 1 });
    expect(result.counts.exact.get('EMAIL_ADDRESS')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('drops findings under the threshold and does not score unlabelled types', () => {
    expect(result.counts.overlap.has('PERSON')).toBe(false);
    expect(result.counts.overlap.has('DATE_TIME')).toBe(false);
    expect(result.unscoredTypes.get('DATE_TIME')).toBe(1);
    expect(result.unscoredTypes.has('PERSON')).toBe(false);
  });

  it('tallies counts by kind and hard-negative texts with false positives', () => {
    expect(result.countsByKind.get('message')).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(result.countsByKind.get('log')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(result.hardNegativeTags.get('hard-negative:git-sha')).toEqual({ texts: 1, textsWithFalsePositive: 1 });
    expect(result.hardNegativeTags.get('hard-negative:uuid')).toEqual({ texts: 1, textsWithFalsePositive: 0 });
  });

  it('keeps error examples with their surface and context', () => {
    expect(result.examples).toHaveLength(1);
    expect(result.examples[0]).toMatchObject({ error: 'FP', type: 'PHONE_NUMBER', recordId: 'r2', surface: '4f2a9c1', overlaps: [] });
    expect(result.examples[0]!.context).toBe('commit 4f2a9c1 deployed');
  });

  it('records a throwing predict as an error and scores that text as no findings', () => {
    expect(result.predictErrors).toEqual([{ recordId: 'r3', message: 'detector exploded' }]);
    expect(result.records).toBe(3);
  });

  it('reports type confusions through overlaps', () => {
    const ssnRecord: LabelledRecord = { id: 'r4', kind: 'message', text: 'SSN 219-09-9999', entities: [{ type: 'US_SSN', start: 4, end: 15 }], tags: [] };
    const confusedPredict = (text: string): Finding[] =>
      text === ssnRecord.text ? [finding('US_SSN', 4, 15)] : [finding('US_SSN', 31, 44), finding('EMAIL_ADDRESS', 5, 20), finding('PHONE_NUMBER', 29, 44)];
    const confused = evaluate([records[0]!, ssnRecord], { predict: confusedPredict, threshold: 0.5 });
    expect(confused.examples).toEqual([expect.objectContaining({ error: 'FP', type: 'US_SSN', recordId: 'r1', overlaps: ['PHONE_NUMBER'] })]);
    expect(confused.counts.overlap.get('US_SSN')).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('countsSettingAside', () => {
  it('sets bare (unnamed) gold and predictions on it aside, and scores the rest by overlap', () => {
    const gold = [
      { type: 'UK_NHS', start: 0, end: 10 },
      { type: 'UK_NHS', start: 20, end: 30, unnamed: true as const },
      { type: 'UK_NHS', start: 40, end: 50 },
    ];
    const predicted = [
      { detector: 'pii', type: 'UK_NHS', start: 0, end: 10, score: 0.9 },
      { detector: 'pii', type: 'UK_NHS', start: 21, end: 30, score: 0.9 },
      { detector: 'pii', type: 'UK_NHS', start: 60, end: 70, score: 0.9 },
    ];
    expect(countsSettingAside(gold, predicted, (entity) => entity.unnamed === true)).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(countsSettingAside(gold, predicted, () => false)).toEqual({ tp: 2, fp: 1, fn: 1 });
  });
});

describe('identifiable mentions', () => {
  it('measures the chance of random digits passing each check, independently of the detectors', () => {
    // One check digit mod 10 or 11: about 1 in 10. Two check digits (CPF): about 1 in 100.
    expect(chanceOfPassing('NL_BSN', 5_000)).toBeGreaterThan(0.07);
    expect(chanceOfPassing('NL_BSN', 5_000)).toBeLessThan(0.12);
    expect(chanceOfPassing('BR_CPF', 5_000)).toBeLessThan(0.015);
    expect(chanceOfPassing('DE_TAX_ID', 5_000)).toBeLessThan(maxIdentifiableChance);
  });

  it('sets aside only bare mentions of the weak-check types', () => {
    expect([...weakCheckTypes().keys()].sort()).toEqual(['AU_TFN', 'CA_SIN', 'IN_AADHAAR', 'NL_BSN', 'UK_NHS', 'US_SSN']);
    expect(isUnidentifiable({ type: 'NL_BSN', start: 0, end: 9, unnamed: true })).toBe(true);
    expect(isUnidentifiable({ type: 'NL_BSN', start: 0, end: 9 })).toBe(false);
    expect(isUnidentifiable({ type: 'DE_TAX_ID', start: 0, end: 11, unnamed: true })).toBe(false);
    expect(isUnidentifiable({ type: 'CREDIT_CARD', start: 0, end: 16, unnamed: true })).toBe(false);
  });

  it('counts a found bare weak id neither as a hit nor as a false positive, and a missed one not as a miss', () => {
    const record: LabelledRecord = { id: 'r9', kind: 'message', text: 'Here you go: 109911544. BSN 111222333.', tags: [], entities: [
      { type: 'NL_BSN', start: 13, end: 22, unnamed: true as const },
      { type: 'NL_BSN', start: 28, end: 37 },
    ] };
    const findsBoth = evaluate([record], { predict: () => [finding('NL_BSN', 13, 22), finding('NL_BSN', 28, 37)], threshold: 0.5 });
    expect(findsBoth.countsIdentifiable.get('NL_BSN')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(findsBoth.counts.overlap.get('NL_BSN')).toEqual({ tp: 2, fp: 0, fn: 0 });
    const findsNamed = evaluate([record], { predict: () => [finding('NL_BSN', 28, 37)], threshold: 0.5 });
    expect(findsNamed.countsIdentifiable.get('NL_BSN')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(findsNamed.counts.overlap.get('NL_BSN')).toEqual({ tp: 1, fp: 0, fn: 1 });
  });
});
