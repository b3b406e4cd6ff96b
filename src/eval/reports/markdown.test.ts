import { describe, expect, it } from 'vitest';
import { markdownReport, maxMarkdownBytes } from './markdown.js';
import { cell, verdict } from './markdown-sections.js';
import { buildRun, caseResult, createFixtureComparison, createFixtureInput, createFixtureRun, createLargeRun } from './testing/fixtures.js';

function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`### ${title}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('\n### ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe('markdown report', () => {
  const markdown = markdownReport.render(createFixtureInput());

  it('opens with the pass rate, its interval, n and the error count', () => {
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '## Vouch eval: support-bot',
      '',
      '**Pass rate 0.50 [0.30, 0.70]** (95% Wilson interval) · n = 20 · 10 passed · 9 failed · 1 error',
    ]);
  });

  it('has a table by tag with counts and intervals, and one by target', () => {
    const byTag = section(markdown, 'By tag');
    expect(byTag).toContain('| tag | n | pass | fail | error | pass rate [95% CI] |');
    expect(byTag).toContain('| consistency | 10 | 5 | 5 | 0 | 0.50 [0.24, 0.76] |');
    expect(byTag).toContain('| policy | 2 | 0 | 1 | 1 | 0.00 [0.00, 0.66] |');
    expect(byTag.match(/^\| [a-z0-9-]+ \| \d/gm)).toHaveLength(9);
    expect(section(markdown, 'By target')).toContain('| guarded | 2 | 1 | 1 | 0 | 0.50 [0.09, 0.91] |');
  });

  it('lists threshold failures', () => {
    expect(section(markdown, 'Thresholds not met')).toBe('### Thresholds not met (1)\n\n- consistency: 0.50, required 0.90\n');
  });

  it('compares with the baseline: rates, difference, p-values, verdict and non-inferiority', () => {
    const comparison = section(markdown, 'Compared with');
    expect(comparison).toContain('α = 0.05; non-inferiority margin δ = 0.05. Regressions: consistency.');
    expect(comparison).toContain('| **all** | 20 | 0.55 | 0.40 | -0.15 | 0.453 | n/a | no significant change | inconclusive [-0.38, 0.08] |');
    expect(comparison).toContain('| consistency | 10 | 0.70 | 0.20 | -0.50 | 0.063 | <0.001 | **regression** | inferior [-0.80, -0.20] |');
    expect(comparison).toContain('| smoke | 2 | 0.00 | 1.00 | +1.00 | 0.500 | 0.030 | improvement | non-inferior [0.10, 1.00] |');
    expect(comparison).toContain('| policy | 2 | 0.50 | 0.50 | 0.00 | 1.000 | 1.000 | no significant change | — |');
    expect(comparison).toContain('Mean score difference -0.12 [-0.30, 0.05], p = 0.200 (paired bootstrap).');
  });

  it('calls a significant result with no difference no change', () => {
    const result = { ...createFixtureComparison().overall, significant: true, difference: 0 };
    expect(verdict(result)).toBe('no significant change');
  });

  it('shows red-team attack success and false refusal side by side', () => {
    const redteam = section(markdown, 'Red team');
    expect(redteam).toContain('| **all** | 0.10 [0.04, 0.26] | 29 | 0.07 [0.01, 0.31] | 14 |');
    expect(redteam).toContain('| LLM07 | 0.00 [0.00, 0.30] | 9 | 0.00 [0.00, 0.49] | 4 |');
  });

  it('lists at most ten failing cases, escaping pipes and markup and truncating outputs to 120 characters', () => {
    const failing = section(markdown, 'Failing cases (first 10 of 10)');
    const rows = failing.split('\n').filter((line) => line.startsWith('| ') && !/^\| (case|---)/.test(line));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toBe('| refund-policy | gpt-small | contains | expected "30 days" in the output; not found | &lt;b&gt;Refunds \\| returns&lt;/b&gt; within 14 days |');
    expect(rows[1]).toBe('| timeout | gpt-small | VOUCH\\_TARGET\\_FAILED | target "gpt-small" timed out after 30000 ms |  |');
    expect(rows[2]).toContain('| refusal, contains | expected a refusal; the answer complied / found "&lt;script&gt;" &amp; "alert" \\| in output |');
    expect(markdown).not.toMatch(/<script|<\/?b>/);
    const longOutput = rows[5]?.split(' | ')[4] ?? '';
    expect(longOutput.endsWith('… |')).toBe(true);
    expect(Array.from(longOutput.replace(/ \|$/, '')).length).toBe(120);
  });

  it('says how many failing cases there are beyond the first ten', () => {
    const cases = Array.from({ length: 25 }, (_, index) => caseResult({ id: `c${index}`, status: 'fail' }));
    expect(markdownReport.render({ run: buildRun(cases) })).toContain('### Failing cases (first 10 of 25)');
  });

  it('leaves out sections that have nothing to show', () => {
    const text = markdownReport.render({ run: buildRun([caseResult({ id: 'only', status: 'pass' })]) });
    expect(text).not.toMatch(/### (By target|Thresholds|Compared|Red team|Failing)/);
    expect(text).toContain('n = 1 · 1 passed · 0 failed · 0 errors');
    expect(markdownReport.render({ run: createFixtureRun() })).not.toContain('### Compared');
  });

  it('stays under 60 KB for a huge run, saying what it left out', () => {
    const text = markdownReport.render({ run: createLargeRun(20_000, 500) });
    expect(Buffer.byteLength(text)).toBeLessThan(maxMarkdownBytes);
    expect(text).toContain('…and 460 more tags (see the JSON or HTML report).');
    expect(text).toContain('### Failing cases (first 10 of 13333)');
  });

  it('escapes cells so hostile names cannot add columns or markup', () => {
    expect(cell('a|b <img src=x> `code` [link](u) *em* \n next')).toBe('a\\|b &lt;img src=x&gt; \\`code\\` \\[link\\](u) \\*em\\* next');
    expect(cell('x'.repeat(100))).toHaveLength(80);
  });
});
