import { describe, expect, it } from 'vitest';
import { detectors } from '../../src/detectors/index.js';
import { piiRecognizers } from '../../src/detectors/pii/index.js';
import { secretRecognizers } from '../../src/detectors/secrets/index.js';
import type { Recognizer } from '../../src/detectors/types.js';
import { createTextViews } from '../../src/text/views.js';

const samples = [
  '',
  'plain words with nothing sensitive',
  'mail ana@mailbox.example.org, card 4111 1111 1111 1111, key AKIAZ7QF3XMPLE5KTW2Q, ip 192.168.1.20',
  'ｆｕｌｌ ４１１１ １１１１ １１１１ １１１１ zero\u200bwidth \uD83D\uDE00 emoji',
  '{"user": {"email": "jo@mailbox.example.org", "phone": "+44 20 7946 0958"}}',
];

describe.each(detectors.units.map((detector) => [detector.id, detector] as const))('detector %s (contract)', (id, detector) => {
  it('has a kebab-case id, UPPER_SNAKE entities and known stages', () => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(detector.entities.length).toBeGreaterThan(0);
    for (const entity of detector.entities) expect(entity).toMatch(/^[A-Z][A-Z0-9_]*$/);
    for (const entity of detector.defaultOff ?? []) expect(detector.entities).toContain(entity);
    expect(detector.stages.length).toBeGreaterThan(0);
  });

  it.each(samples.map((sample) => [sample.slice(0, 30), sample]))('scans %j: spans inside the text, scores in [0,1], own id, deterministic', (_, sample) => {
    const first = detector.scan({ views: createTextViews(sample), stage: 'input' }).findings;
    const second = detector.scan({ views: createTextViews(sample), stage: 'input' }).findings;
    expect(second).toEqual(first);
    for (const finding of first) {
      expect(finding.detector).toBe(id);
      expect(detector.entities).toContain(finding.type);
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeGreaterThan(finding.start);
      expect(finding.end).toBeLessThanOrEqual(sample.length);
      expect(finding.score).toBeGreaterThanOrEqual(0);
      expect(finding.score).toBeLessThanOrEqual(1);
    }
    if (sample === '') expect(first).toEqual([]);
  });
});

const recognizers: [string, Recognizer][] = [...piiRecognizers, ...secretRecognizers].map((recognizer) => [recognizer.id, recognizer]);

describe.each(recognizers)('recognizer %s (contract)', (id, recognizer) => {
  it('has a kebab-case id and an UPPER_SNAKE entity', () => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(recognizer.entity).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('finds nothing in empty text and returns spans inside sample texts', () => {
    expect(recognizer.recognize('')).toEqual([]);
    for (const sample of samples) {
      for (const match of recognizer.recognize(sample)) {
        expect(match.start).toBeGreaterThanOrEqual(0);
        expect(match.end).toBeLessThanOrEqual(sample.length);
        expect(match.end).toBeGreaterThan(match.start);
      }
    }
  });
});
