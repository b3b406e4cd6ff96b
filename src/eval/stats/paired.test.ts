import { describe, expect, it } from 'vitest';
import { pairedOutcomes } from './paired.js';

describe('pairedOutcomes', () => {
  it('counts each cell of the paired 2×2 table and the ids seen in one run only', () => {
    const baseline = new Map([
      ['both-pass', true],
      ['both-fail', false],
      ['regressed', true],
      ['improved', false],
      ['improved-too', false],
      ['baseline-only', true],
    ]);
    const candidate = new Map([
      ['both-pass', true],
      ['both-fail', false],
      ['regressed', false],
      ['improved', true],
      ['improved-too', true],
      ['candidate-only', false],
      ['candidate-only-2', true],
    ]);
    expect(pairedOutcomes(baseline, candidate)).toEqual({ bothPass: 1, bothFail: 1, b: 1, c: 2, unmatched: 3 });
  });

  it('gives zeros for empty runs', () => {
    expect(pairedOutcomes(new Map(), new Map())).toEqual({ bothPass: 0, bothFail: 0, b: 0, c: 0, unmatched: 0 });
  });
});
