import { describe, expect, it } from 'vitest';
import { VouchError } from '../../core/errors.js';
import { defineSecretRule } from './define-secret-rule.js';
import { createTriggerIndex } from './trigger-index.js';

const demoRule = defineSecretRule({
  id: 'demo-token',
  type: 'DEMO_TOKEN',
  format: 'demo_ + 20 base62',
  pattern: /demo_[A-Za-z0-9]{20}/,
  triggers: ['demo_'],
  score: 0.9,
  severity: 'high',
  context: ['demo'],
});

describe('defineSecretRule', () => {
  it('builds a recognizer carrying the rule, its type, severity, triggers and context', () => {
    expect(demoRule).toMatchObject({ id: 'demo-token', entity: 'DEMO_TOKEN', severity: 'high', triggers: ['demo_'], context: ['demo'] });
    expect(demoRule.rule.format).toBe('demo_ + 20 base62');
  });

  it('reports every match with its span, type and score, and can be called again', () => {
    const text = 'a=demo_Ab3Cd5Ef7Gh9Jk2Lm4Np b=demo_Zy9Xw7Vu5Ts3Rq1Po8Nm';
    const expected = [
      { start: 2, end: 27, score: 0.9, type: 'DEMO_TOKEN' },
      { start: 30, end: 55, score: 0.9, type: 'DEMO_TOKEN' },
    ];
    expect(demoRule.recognize(text)).toEqual(expected);
    expect(demoRule.recognize(text)).toEqual(expected);
  });

  it('drops placeholders and low-variety values before validate', () => {
    expect(demoRule.recognize('demo_xxxxxxxxxxxxxxxxxxxx demo_abcdefghijklmnopqrst demo_EXAMPLEEXAMPLEEXAMP1')).toEqual([]);
  });

  it('reports the first participating group when several are given', () => {
    const rule = defineSecretRule({
      id: 'demo-keyed',
      type: 'DEMO_KEY',
      format: 'k="…" or k=…',
      pattern: /k=(?:"([^"]{8,40})"|([A-Za-z0-9]{8,40}))/,
      triggers: ['k='],
      group: [1, 2],
      score: 0.8,
    });
    expect(rule.recognize('k="Ab3 Cd5 Ef7" k=Zy9Xw7Vu5T')).toEqual([
      { start: 3, end: 14, score: 0.8, type: 'DEMO_KEY' },
      { start: 18, end: 28, score: 0.8, type: 'DEMO_KEY' },
    ]);
  });

  it('lets validate drop a candidate, keep it, replace the score or add a message', () => {
    const verdicts = [false, true, 0.42, { score: 1.7, message: 'why' }] as const;
    let call = 0;
    const rule = defineSecretRule({
      id: 'demo-validated',
      type: 'DEMO',
      format: 'v + 10 digits',
      pattern: /v[0-9]{10}/,
      triggers: ['v'],
      score: 0.7,
      validate: () => verdicts[call++ % verdicts.length]!,
    });
    expect(rule.recognize('v9081726354 v1928374650 v5647382910 v6758493021')).toEqual([
      { start: 12, end: 23, score: 0.7, type: 'DEMO' },
      { start: 24, end: 35, score: 0.42, type: 'DEMO' },
      { start: 36, end: 47, score: 1, type: 'DEMO', message: 'why' },
    ]);
  });

  it('gives validate the value, the match groups and the surrounding text', () => {
    const seen: string[] = [];
    const rule = defineSecretRule({
      id: 'demo-context',
      type: 'DEMO',
      format: 'id:<hex>',
      pattern: /id:([0-9a-f]{12})/,
      triggers: ['id:'],
      group: 1,
      score: 0.5,
      validate: ({ value, match, text, start, end }) => {
        seen.push(value, match[0], text.slice(start - 3, end));
        return true;
      },
    });
    rule.recognize('x id:9f8e7d6c5b4a y');
    expect(seen).toEqual(['9f8e7d6c5b4a', 'id:9f8e7d6c5b4a', 'id:9f8e7d6c5b4a']);
  });

  it('requires triggers or a reason for having none', () => {
    expect(() => defineSecretRule({ id: 'bad', type: 'BAD', format: 'x', pattern: /x{3}/, score: 0.5 })).toThrow(VouchError);
    expect(defineSecretRule({ id: 'ok', type: 'OK', format: 'x', pattern: /x{3}/, score: 0.5, untriggeredBecause: 'no literal' }).triggers).toBeUndefined();
  });

  it('does not loop on patterns that can match empty', () => {
    const rule = defineSecretRule({ id: 'empty', type: 'EMPTY', format: '', pattern: /z*/, untriggeredBecause: 'test', score: 0.5, skipDefaultFilters: true });
    expect(rule.recognize('abzzc')).toEqual([{ start: 2, end: 4, score: 0.5, type: 'EMPTY' }]);
  });
});

describe('defineSecretRule matches', () => {
  it('computes once per text in a task and hands out copies from recognize', () => {
    let calls = 0;
    const rule = defineSecretRule({
      id: 'demo-memo',
      type: 'DEMO',
      format: 'm + 8 digits',
      pattern: /m[0-9]{8}/,
      triggers: ['m'],
      score: 0.5,
      skipDefaultFilters: true,
      validate: () => {
        calls++;
        return true;
      },
    });
    const first = rule.recognize('m12345678');
    first[0]!.score = 0;
    expect(rule.recognize('m12345678')).toEqual([{ start: 0, end: 9, score: 0.5, type: 'DEMO' }]);
    expect(rule.matches('m12345678')).toBe(rule.matches('m12345678'));
    expect(calls).toBe(1);
  });
});

describe('defineSecretRule near triggers', () => {
  const keyed = defineSecretRule({
    id: 'demo-keyed-secret',
    type: 'DEMO',
    format: 'demo_secret = 12 base62',
    pattern: /demo_?secret[ \t]{0,2}=[ \t]{0,2}([A-Za-z0-9]{12})/i,
    triggers: ['secret', 'SECRET'],
    triggerOffset: 'demo_'.length,
    group: 1,
    score: 0.8,
  });
  const index = createTriggerIndex(keyed.indexTriggers);

  it('reads the triggers of a case-blind pattern in any case, once each', () => {
    expect(keyed.indexTriggers).toEqual([{ text: 'secret', ignoreCase: true }]);
    expect(demoRule.indexTriggers).toEqual([{ text: 'demo_', ignoreCase: false }]);
  });

  it('finds a match that starts triggerOffset characters before its trigger, in any case', () => {
    const text = `${'filler text. '.repeat(20)}DeMo_SeCrEt = Ab3Cd5Ef7Gh9`;
    expect(keyed.matches(text, index.occurrences(text))).toEqual([{ start: text.length - 12, end: text.length, score: 0.8, type: 'DEMO' }]);
  });

  it('finds nothing, without searching, when none of its triggers occurs', () => {
    const text = 'demo_token = Ab3Cd5Ef7Gh9';
    expect(keyed.matches(text, index.occurrences(text))).toEqual([]);
    expect(keyed.matches(text)).toEqual([]);
  });
});

describe('defineSecretRule minLength', () => {
  const validated: string[] = [];
  const rule = defineSecretRule({
    id: 'demo-short',
    type: 'DEMO_SHORT',
    format: 'short= + 1-20 base62',
    pattern: /short=([A-Za-z0-9]{1,20})/,
    triggers: ['short='],
    group: 1,
    minLength: 8,
    score: 0.7,
    skipDefaultFilters: true,
    validate: ({ value }) => (validated.push(value), true),
  });

  it('drops shorter candidates before validate sees them', () => {
    expect(rule.recognize('short=Ab3 short=Xy7Zq9Wm2')).toEqual([{ start: 16, end: 25, score: 0.7, type: 'DEMO_SHORT' }]);
    expect(validated).toEqual(['Xy7Zq9Wm2']);
  });
});
