import { describe, expect, it } from 'vitest';
import * as stats from './index.js';

describe('stats index', () => {
  it('exposes the public functions', () => {
    expect(Object.keys(stats).sort()).toEqual([
      'casesForInterval',
      'casesForMcNemar',
      'casesForNonInferiority',
      'criticalValue',
      'holm',
      'logChoose',
      'logGamma',
      'mcnemarExact',
      'nonInferiority',
      'normalCdf',
      'normalQuantile',
      'pairedBootstrap',
      'pairedOutcomes',
      'wilsonInterval',
      'wilsonIntervalZ',
    ]);
  });
});
