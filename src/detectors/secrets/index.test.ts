import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanSecrets, secretExamples, spanIn } from './testing.js';
import { secretRecognizers, secretRules, secretsDetector } from './index.js';

const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');

describe('secret rules contract', () => {
  it('exports every rule as a recognizer, at least 45 formats', () => {
    expect(secretRecognizers.map((recognizer) => recognizer.id)).toEqual(secretRules.map((rule) => rule.id));
    expect(secretRecognizers.every((recognizer) => recognizer.triggers === undefined)).toBe(true);
    expect(secretRules.length).toBeGreaterThanOrEqual(45);
    expect(secretsDetector.entities.length).toBeGreaterThanOrEqual(45);
  });

  it('uses unique kebab-case ids and UPPER_SNAKE types', () => {
    const ids = secretRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of secretRules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(rule.entity).toMatch(/^[A-Z0-9]+(?:_[A-Z0-9]+)*$/);
      expect(rule.rule.score).toBeGreaterThan(0);
      expect(rule.rule.score).toBeLessThanOrEqual(1);
    }
  });

  it('gives every rule literal triggers, or a written reason why it has none', () => {
    for (const rule of secretRules) {
      const justified = (rule.rule.untriggeredBecause ?? '').length >= 40;
      expect(rule.triggers?.length ? true : justified, rule.id).toBe(true);
      for (const trigger of rule.triggers ?? []) expect(trigger.length, `${rule.id} trigger "${trigger}"`).toBeGreaterThanOrEqual(2);
    }
  });

  it('has a positive example per rule, which contains a trigger and is found with its exact span', () => {
    for (const rule of secretRules) {
      const example = secretExamples[rule.id];
      expect(example, rule.id).toBeDefined();
      const { text, secret } = example!;
      if (rule.triggers) expect(rule.triggers.some((trigger) => text.includes(trigger)), rule.id).toBe(true);
      const span = spanIn(text, secret);
      expect(rule.recognize(text), rule.id).toContainEqual(expect.objectContaining({ ...span, type: rule.entity }));
    }
  });

  it('reports each example exactly once through the engine, with the rule type', () => {
    for (const rule of secretRules) {
      const { text, secret } = secretExamples[rule.id]!;
      const findings = scanSecrets(text);
      expect(findings.map((finding) => [finding.type, finding.start, finding.end]), rule.id).toEqual([[rule.entity, ...Object.values(spanIn(text, secret))]]);
      expect(findings[0]!.score, rule.id).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('has no example keys without a rule', () => {
    const ids = new Set(secretRules.map((rule) => rule.id));
    expect(Object.keys(secretExamples).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('finds nothing in empty or ordinary text, and is deterministic', () => {
    const prose = 'The quarterly report is attached. Please review the token budget and the password policy before Friday.';
    for (const rule of secretRules) {
      expect(rule.recognize(''), rule.id).toEqual([]);
      expect(rule.recognize(prose), rule.id).toEqual([]);
      const { text } = secretExamples[rule.id]!;
      expect(rule.recognize(text)).toEqual(rule.recognize(text));
    }
  });

  it('keeps every span inside the text', () => {
    const all = Object.values(secretExamples).map((example) => example.text).join('\n\n');
    const findings = scanSecrets(all);
    expect(findings.length).toBe(secretRules.length);
    for (const finding of findings) {
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeLessThanOrEqual(all.length);
      expect(finding.start).toBeLessThan(finding.end);
      expect(finding.detector).toBe('secrets');
    }
  });

  it('documents every type in the README table', () => {
    for (const type of secretsDetector.entities) expect(readme, type).toContain(`| \`${type}\``);
  });
});
