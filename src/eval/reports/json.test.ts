import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../core/hash.js';
import { jsonReport, stableJson } from './json.js';
import { createFixtureInput, createFixtureRun } from './testing/fixtures.js';

describe('json report', () => {
  it('holds the run record, comparison and red-team summary, and parses back to the same canonical JSON', () => {
    const input = createFixtureInput();
    const text = jsonReport.render(input);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(canonicalJson(parsed)).toBe(canonicalJson({ ...input.run, comparison: input.comparison, redteam: input.redteam }));
    expect(parsed['format']).toBe('vouch-run/1');
    expect((parsed['cases'] as unknown[]).length).toBe(20);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('leaves out comparison and redteam when absent', () => {
    const parsed = JSON.parse(jsonReport.render({ run: createFixtureRun() })) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['cases', 'finishedAt', 'format', 'provenance', 'runId', 'startedAt', 'suite', 'summary']);
  });

  it('sorts keys at every depth and indents by two spaces', () => {
    expect(stableJson({ b: 1, a: { d: [1, { z: true, y: null }], c: 'x' }, e: [], f: {} })).toBe(
      '{\n  "a": {\n    "c": "x",\n    "d": [\n      1,\n      {\n        "y": null,\n        "z": true\n      }\n    ]\n  },\n  "b": 1,\n  "e": [],\n  "f": {}\n}',
    );
  });

  it('gives the same text whatever the insertion order, drops undefined and writes non-finite numbers as null', () => {
    expect(stableJson({ x: 1, y: 2, "10": 3, "2": 4 })).toBe(stableJson({ "2": 4, y: 2, "10": 3, x: 1 }));
    expect(stableJson({ "2": 0, "10": 0 })).toBe('{\n  "10": 0,\n  "2": 0\n}');
    expect(stableJson({ gone: undefined, p: Number.NaN, list: [undefined, Infinity] })).toBe('{\n  "list": [\n    null,\n    null\n  ],\n  "p": null\n}');
  });

  it('keeps hostile and unicode text intact through a round trip', () => {
    const run = createFixtureRun();
    const parsed = JSON.parse(jsonReport.render({ run })) as { cases: { id: string; output: string }[] };
    const xss = parsed.cases.find((result) => result.id === 'xss-probe');
    expect(xss?.output).toBe(run.cases.find((result) => result.id === 'xss-probe')?.output);
    expect(parsed.cases.find((result) => result.id === 'unicode-fr')?.output).toBe('مرحبا 👋🏽 café naïve');
  });
});
