import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTextViews } from '../../text/views.js';
import { piiRecognizers } from './index.js';

/**
 * The engine skips a `needsDigit` recognizer on a view without an ASCII digit. Checked here
 * against what the recognizers find: on every text of the labelled set (4,000 texts) and the names
 * holdout, every match of a flagged recognizer, in every view, holds a digit — so the flag can
 * only ever skip work, never a finding.
 */
const texts = ['pii-labelled.jsonl', 'names-holdout.jsonl'].flatMap((file) =>
  readFileSync(new URL(`../../../data/eval/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);

describe('recognizers flagged needsDigit', () => {
  const flagged = piiRecognizers.filter((recognizer) => recognizer.needsDigit);

  it('are the digit-led ones (cards, phones, SSN, IBAN, crypto and every national id)', () => {
    expect(flagged.map((recognizer) => recognizer.id)).toEqual(expect.arrayContaining(['credit-card', 'phone', 'us-ssn', 'iban', 'crypto', 'uk-nhs', 'it-fiscal-code', 'in-pan']));
    expect(flagged.map((recognizer) => recognizer.id)).not.toEqual(expect.arrayContaining(['ip-address']));
    expect(flagged.length).toBe(20);
  });

  it('never match a span without an ASCII digit in any view of the labelled texts', () => {
    let matches = 0;
    for (const text of texts) {
      for (const view of createTextViews(text, { decoders: ['base64', 'hex', 'url'] }).get(['normalized', 'decoded'])) {
        for (const recognizer of flagged) {
          for (const match of recognizer.recognize(view.text)) {
            matches++;
            expect(view.text.slice(match.start, match.end), recognizer.id).toMatch(/[0-9]/);
          }
        }
      }
    }
    expect(matches).toBeGreaterThan(1_000);
  });
});
