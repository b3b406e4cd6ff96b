import { describe, expect, it } from 'vitest';
import { createSummaryAccumulator, thresholdFailures } from './summary.js';

describe('summary', () => {
  it('counts pass, fail and error per tag and target with Wilson intervals; errors are not passes', () => {
    const summary = createSummaryAccumulator();
    for (let index = 0; index < 10; index++) summary.add({ status: index < 5 ? 'pass' : index < 9 ? 'fail' : 'error', tags: ['a', index % 2 ? 'odd' : 'even'], target: 'bot' });
    const overall = summary.overall();
    expect(overall).toMatchObject({ n: 10, passed: 5, failed: 4, errors: 1, passRate: 0.5 });
    // Wilson 95% for 5/10 (Newcombe 1998, table I): 0.2366–0.7634.
    expect(overall.ci95[0]).toBeCloseTo(0.2366, 4);
    expect(overall.ci95[1]).toBeCloseTo(0.7634, 4);
    expect(summary.byTag().odd).toMatchObject({ n: 5, passed: 2 });
    expect(summary.byTarget().bot!.n).toBe(10);
  });
  it('reports tags below their threshold, overall included', () => {
    const summary = createSummaryAccumulator();
    summary.add({ status: 'pass', tags: ['x'], target: 't' });
    summary.add({ status: 'fail', tags: ['y'], target: 't' });
    expect(thresholdFailures({ overall: 0.9, x: 1, y: 0.5 }, summary.overall(), summary.byTag())).toEqual([
      { tag: 'overall', required: 0.9, passRate: 0.5 },
      { tag: 'y', required: 0.5, passRate: 0 },
    ]);
  });
});
