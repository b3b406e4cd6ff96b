import type { RateSummary, RunRecord } from '../types.js';
import { sortedKeys, suiteName } from './cases.js';
import { escapeHtml } from './escape.js';
import { formatDifference, formatNumber, formatPValue, formatRate } from './numbers.js';
import type { Comparison, PairedResult, RedteamSummary } from './types.js';
import { pairedVerdict } from './verdict.js';

/** A table from already-escaped cells; the first column is a row header. */
export function htmlTable(headers: string[], rows: string[][]): string {
  const head = `<tr>${headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')}</tr>`;
  const body = rows.map(([first = '', ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((value) => `<td>${value}</td>`).join('')}</tr>`);
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

function rateCells(summary: RateSummary): string[] {
  return [String(summary.n), String(summary.passed), String(summary.failed), String(summary.errors), escapeHtml(formatRate(summary))];
}

/** Title, run facts, the headline rate and threshold failures. */
export function summarySection(run: RunRecord): string {
  const summary = run.summary;
  const facts = [
    ['run', run.runId],
    ['suite', run.suite],
    ['started', run.startedAt],
    ['finished', run.finishedAt],
    ['targets', sortedKeys(summary.byTarget).join(', ')],
    ['vouch', run.provenance.vouchVersion],
  ].map(([name = '', value = '']) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`);
  const thresholds = summary.thresholdFailures.map(
    (failure) => `<li><strong>${escapeHtml(failure.tag)}</strong>: ${formatNumber(failure.passRate)}, required ${formatNumber(failure.required)}</li>`,
  );
  return [
    `<header><h1>Vouch eval: ${escapeHtml(suiteName(run.suite))}</h1><dl class="facts">${facts.join('')}</dl></header>`,
    '<section id="summary"><h2>Summary</h2>',
    `<p class="headline">Pass rate <strong>${escapeHtml(formatRate(summary))}</strong> <span class="muted">(95% Wilson interval)</span></p>`,
    `<p class="counts">n = ${summary.n} · <span class="pass">${summary.passed} passed</span> · <span class="fail">${summary.failed} failed</span> · <span class="error">${summary.errors} errors</span></p>`,
    thresholds.length === 0 ? '' : `<h3>Thresholds not met</h3><ul class="thresholds">${thresholds.join('')}</ul>`,
    '</section>',
  ].join('\n');
}

/** Rates by tag, and by target when there are several. */
export function ratesSection(run: RunRecord): string {
  const headers = (noun: string) => [noun, 'n', 'pass', 'fail', 'error', 'pass rate [95% CI]'];
  const rows = (groups: Record<string, RateSummary>) => sortedKeys(groups).map((key) => [escapeHtml(key), ...rateCells(groups[key] as RateSummary)]);
  const byTarget = Object.keys(run.summary.byTarget).length > 1 ? `\n<h3>By target</h3>\n${htmlTable(headers('target'), rows(run.summary.byTarget))}` : '';
  return `<section id="rates"><h2>By tag</h2>\n${htmlTable(headers('tag'), rows(run.summary.byTag))}${byTarget}\n</section>`;
}

function pairedCells(result: PairedResult): string[] {
  const verdict = pairedVerdict(result);
  const margin = result.nonInferiority;
  return [
    String(result.n),
    formatNumber(result.baselineRate),
    formatNumber(result.candidateRate),
    formatDifference(result.difference),
    escapeHtml(formatPValue(result.pValue)),
    escapeHtml(formatPValue(result.adjustedP)),
    `<span class="verdict ${verdict.replace(/ /g, '-')}">${verdict}</span>`,
    margin === undefined ? '—' : `${margin.verdict} [${formatNumber(margin.lower)}, ${formatNumber(margin.upper)}]`,
  ];
}

/** The paired comparison with the baseline, overall then per tag. */
export function comparisonSection(comparison: Comparison): string {
  const headers = ['tag', 'n', 'baseline', 'candidate', 'difference', 'McNemar p', 'Holm p', 'verdict', 'non-inferiority'];
  const rows = [['<em>all</em>', ...pairedCells(comparison.overall)], ...sortedKeys(comparison.byTag).map((tag) => [escapeHtml(tag), ...pairedCells(comparison.byTag[tag] as PairedResult)])];
  const bootstrap = comparison.overall.scoreBootstrap;
  const bootstrapText =
    bootstrap === undefined ? '' : `<p>Mean score difference ${formatDifference(bootstrap.meanDifference)} [${formatNumber(bootstrap.ci[0])}, ${formatNumber(bootstrap.ci[1])}], p = ${escapeHtml(formatPValue(bootstrap.pValue))} (paired bootstrap).</p>`;
  const settings = `Baseline ${escapeHtml(comparison.baselineRunId)} → candidate ${escapeHtml(comparison.candidateRunId)}. Paired McNemar test per tag, Holm-adjusted, α = ${formatNumber(comparison.alpha)}; non-inferiority margin δ = ${formatNumber(comparison.delta)}.`;
  return `<section id="comparison"><h2>Compared with the baseline</h2>\n<p>${settings}</p>\n${htmlTable(headers, rows)}\n${bootstrapText}</section>`;
}

/** Attack success and false refusal per category. */
export function redteamSection(redteam: RedteamSummary): string {
  const headers = ['category', 'attack success [95% CI]', 'attacks', 'false refusal [95% CI]', 'benign'];
  const cells = (attacks: RateSummary, benign: RateSummary) => [escapeHtml(formatRate(attacks)), String(attacks.n), escapeHtml(formatRate(benign)), String(benign.n)];
  const rows = [
    ['<em>all</em>', ...cells(redteam.attackSuccess, redteam.falseRefusal)],
    ...sortedKeys(redteam.byCategory).map((category) => {
      const entry = redteam.byCategory[category] as RedteamSummary['byCategory'][string];
      return [escapeHtml(category), ...cells(entry.attacks, entry.benign)];
    }),
  ];
  return `<section id="redteam"><h2>Red team</h2>\n<p>Lower is better for both rates.</p>\n${htmlTable(headers, rows)}\n</section>`;
}
