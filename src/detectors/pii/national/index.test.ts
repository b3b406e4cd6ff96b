import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTextViews } from '../../../text/views.js';
import { createRecognizerDetector } from '../../recognizer-detector.js';
import { nationalIdRecognizers } from './index.js';
import { scanWith } from './testing.js';

describe('nationalIdRecognizers', () => {
  it('lists each recognizer once, under its file name, with a Presidio-style entity', () => {
    const ids = nationalIdRecognizers.map((recognizer) => recognizer.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const recognizer of nationalIdRecognizers) {
      expect(existsSync(new URL(`./${recognizer.id}.ts`, import.meta.url))).toBe(true);
      expect(existsSync(new URL(`./${recognizer.id}.test.ts`, import.meta.url))).toBe(true);
      expect(recognizer.entity).toMatch(/^[A-Z]{2}_[A-Z_]+$/);
      expect(recognizer.context?.length).toBeGreaterThan(0);
      expect(recognizer.context?.every((word) => word === word.toLowerCase())).toBe(true);
    }
  });

  it('finds nothing in empty or id-free text', () => {
    for (const recognizer of nationalIdRecognizers) {
      expect(scanWith(recognizer, '')).toEqual([]);
      expect(scanWith(recognizer, 'The meeting moved to 3pm on 2024-05-06; room 12, floor 3.')).toEqual([]);
    }
  });

  it('keeps every finding inside the text and is deterministic across runs', () => {
    const text = 'NHS 401 023 2137, NINO JG103759A, DNI 12345678Z, CF BNCGLI92E51F205S, CPF 529.982.247-25, BSN 123456782.';
    const detector = createRecognizerDetector({ id: 'pii', description: 'national ids', recognizers: nationalIdRecognizers });
    const first = detector.scan({ views: createTextViews(text), stage: 'input' }).findings;
    const second = detector.scan({ views: createTextViews(text), stage: 'input' }).findings;
    expect(second).toEqual(first);
    for (const finding of first) {
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeLessThanOrEqual(text.length);
    }
    expect(first.map((finding) => finding.type)).toEqual(
      expect.arrayContaining(['UK_NHS', 'UK_NINO', 'ES_NIF', 'IT_FISCAL_CODE', 'BR_CPF', 'NL_BSN']),
    );
  });

  const weakIds = new Set(['uk-nhs', 'ca-sin', 'au-tfn', 'nl-bsn', 'in-aadhaar']);

  it('keeps ids that 1 random run in about 10 passes below 0.5 in random digit runs without context', () => {
    let state = 12345;
    const nextDigit = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return Math.floor(state / 65536) % 10;
    };
    const numbers = Array.from({ length: 3000 }, (_, index) =>
      Array.from({ length: 9 + (index % 4) }, nextDigit).join(''),
    );
    const text = numbers.map((number, index) => `event ${index} value ${number}`).join('\n');
    const detector = createRecognizerDetector({
      id: 'pii',
      description: 'the national ids a single check digit decides (chance.test.ts: 1 random run in 8 to 12 passes)',
      recognizers: nationalIdRecognizers.filter((recognizer) => weakIds.has(recognizer.id)),
    });
    const findings = detector.scan({ views: createTextViews(text), stage: 'input' }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((finding) => finding.score >= 0.5)).toEqual([]);
  });

  it('stays linear on long runs of digits, digit groups and separators', () => {
    const inputs = ['7'.repeat(200_000), '1234 '.repeat(40_000), '1 '.repeat(100_000), '12.'.repeat(70_000), '1-2'.repeat(70_000)];
    const started = performance.now();
    for (const recognizer of nationalIdRecognizers) {
      for (const input of inputs) expect(recognizer.recognize(input)).toEqual([]);
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
