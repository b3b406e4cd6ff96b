import { describe, expect, it } from 'vitest';
import { readJudgeVerdict } from './judge-answer.js';

describe('readJudgeVerdict', () => {
  it('reads bare, fenced and embedded JSON', () => {
    expect(readJudgeVerdict('{"score": 0.8, "reason": "cites the source"}')).toEqual({ ok: true, score: 0.8, reason: 'cites the source' });
    expect(readJudgeVerdict('Verdict:\n```json\n{"score": 0, "reason": "wrong city"}\n```')).toEqual({ ok: true, score: 0, reason: 'wrong city' });
    expect(readJudgeVerdict('<think>{"score": 1}</think> I think {"score": 0.25, "reason": "partial"} fits')).toEqual({ ok: true, score: 0.25, reason: 'partial' });
    expect(readJudgeVerdict('{"pass": true, "reason": "ok"}')).toEqual({ ok: true, score: 1, reason: 'ok' });
  });

  it('reads a lone PASS or FAIL', () => {
    expect(readJudgeVerdict('PASS: the answer is correct')).toEqual({ ok: true, score: 1, reason: 'the answer is correct' });
    expect(readJudgeVerdict('FAIL')).toEqual({ ok: true, score: 0, reason: '' });
  });

  it('refuses answers it cannot read', () => {
    expect(readJudgeVerdict('{"score": 7}')).toEqual({ ok: false, problem: 'score 7 is outside [0, 1]' });
    expect(readJudgeVerdict('PASS or FAIL, hard to say')).toMatchObject({ ok: false });
    expect(readJudgeVerdict('looks good to me')).toMatchObject({ ok: false });
    expect(readJudgeVerdict('   ')).toEqual({ ok: false, problem: 'the answer is empty' });
  });
});
