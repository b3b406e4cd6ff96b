import { describe, expect, it } from 'vitest';
import { readJudgeAnswer } from './judge-verdict.js';

describe('readJudgeAnswer', () => {
  it('reads a bare JSON verdict and maps type names to UPPER_SNAKE', () => {
    expect(readJudgeAnswer('{"unsafe": true, "score": 0.8, "types": ["Persona", "refusal-suppression", "toolTrigger"]}')).toEqual({
      ok: true,
      score: 0.8,
      types: ['PERSONA', 'REFUSAL_SUPPRESSION', 'TOOL_TRIGGER'],
    });
  });

  it('finds the verdict in a code fence, in prose, and after a <think> block', () => {
    expect(readJudgeAnswer('```json\n{"unsafe": true, "score": 0.7, "types": ["HATE"]}\n```')).toEqual({ ok: true, score: 0.7, types: ['HATE'] });
    expect(readJudgeAnswer('Verdict: {"unsafe": false, "score": 0.1, "types": []} — done {not json}')).toEqual({ ok: true, score: 0.1, types: [] });
    expect(readJudgeAnswer('Note {x} {} {"a": 1}. {"unsafe": true, "score": 0.6, "types": ["a } b"]}')).toEqual({ ok: true, score: 0.6, types: ['A_B'] });
    expect(readJudgeAnswer('<think>The user says "unsafe" {maybe}</think>\n{"unsafe": true, "types": "S1, S14"}')).toEqual({
      ok: true,
      score: 1,
      types: ['VIOLENT_CRIMES', 'CODE_INTERPRETER_ABUSE'],
    });
  });

  it('derives the score from "unsafe" when it is missing and drops types when unsafe is false', () => {
    expect(readJudgeAnswer('{"unsafe": false, "types": ["HATE"]}')).toEqual({ ok: true, score: 0, types: [] });
    expect(readJudgeAnswer('{"unsafe": true}')).toEqual({ ok: true, score: 1, types: [] });
    expect(readJudgeAnswer('{"score": 0.4, "categories": ["insult"]}')).toEqual({ ok: true, score: 0.4, types: ['INSULT'] });
  });

  it('reads Llama-Guard answers with codes on the next line or the same line', () => {
    expect(readJudgeAnswer('safe')).toEqual({ ok: true, score: 0, types: [] });
    expect(readJudgeAnswer('  Safe\n')).toEqual({ ok: true, score: 0, types: [] });
    expect(readJudgeAnswer('unsafe\nS1,S10')).toEqual({ ok: true, score: 1, types: ['VIOLENT_CRIMES', 'HATE'] });
    expect(readJudgeAnswer('unsafe: S11 S2')).toEqual({ ok: true, score: 1, types: ['SELF_HARM', 'NON_VIOLENT_CRIMES'] });
    expect(readJudgeAnswer('unsafe\nS15')).toEqual({ ok: true, score: 1, types: ['S15'] });
    expect(readJudgeAnswer('UNSAFE')).toEqual({ ok: true, score: 1, types: [] });
  });

  it('says why an answer cannot be read', () => {
    expect(readJudgeAnswer('')).toEqual({ ok: false, problem: 'the answer is empty' });
    expect(readJudgeAnswer('I think this is fine.')).toMatchObject({ ok: false, problem: expect.stringContaining('neither a JSON verdict') });
    expect(readJudgeAnswer('{"verdict": "ok"}')).toMatchObject({ ok: false, problem: expect.stringContaining('neither "unsafe" nor "score"') });
    expect(readJudgeAnswer('{"unsafe": "yes"}')).toMatchObject({ ok: false, problem: expect.stringContaining('wrong field types') });
    expect(readJudgeAnswer('{"score": -0.1}')).toMatchObject({ ok: false, problem: expect.stringContaining('outside [0, 1]') });
    expect(readJudgeAnswer('safety first: {broken json')).toMatchObject({ ok: false });
  });
});
