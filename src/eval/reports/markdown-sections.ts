import type { RateSummary, RunRecord } from '../types.js';
import { caseName, caseProblems, sortedKeys } from './cases.js';
import { escapeMarkdown, truncate } from './escape.js';
import { formatDifference, formatNumber, formatPValue, formatRate } from './numbers.js';
import type { Comparison, PairedResult, RedteamSummary } from './types.js';
import { pairedVerdict } from './verdict.js';

/** Most rows a table shows before it says how many it left out. */
export const maxTableRows = 40;
/** Failing cases listed at most. */
export const maxFailingCases = 10;

/** Escaped and shortened: for names (tags, targets, ids) and free text in table cells. */
export function cell(text: string, maxLength = 80): string {
  return escapeMarkdown(truncate(text, maxLength));
}

/** A Markdown table, with a line saying how many rows were left out past `maxTableRows`. */
export function markdownTable(headers: string[], rows: string[][], noun = 'rows'): string {
  const shown = rows.slice(0, maxTableRows);
  const lines = [`| ${headers.join(' | ')} |`, `|${headers.map(() => ' --- ').join('|')}|`, ...shown.map((row) => `| ${row.join(' | ')} |`)];
  if (rows.length > shown.length) lines.push('', `…and ${rows.length - shown.length} more ${noun} (see the JSON or HTML report).`);
  return lines.join('\n');
}

function rateRow(name: string, summary: RateSummary): string[] {
  return [name, String(summary.n), String(summary.passed), String(summary.failed), String(summary.errors), formatRate(summary)];
}

/** One table of rates by group (tag or target). */
export function ratesSection(title: string, groups: Record<string, RateSummary>, noun: string): string {
  const rows = sortedKeys(groups).map((key) => rateRow(cell(key), groups[key] as RateSummary));
  return `### ${title}\n\n${markdownTable([noun, 'n', 'pass', 'fail', 'error', 'pass rate [95% CI]'], rows, `${noun}s`)}`;
}

/** Tags whose threshold was not reached, or an empty string. */
export function thresholdSection(run: RunRecord): string {
  const failures = run.summary.thresholdFailures;
  if (failures.length === 0) return '';
  const lines = failures.map((failure) => `- ${cell(failure.tag)}: ${formatNumber(failure.passRate)}, required ${formatNumber(failure.required)}`);
  return `### Thresholds not met (${failures.length})\n\n${lines.join('\n')}`;
}

/** regression / improvement / no significant change. */
export function verdict(result: PairedResult): string {
  const text = pairedVerdict(result);
  return text === 'regression' ? '**regression**' : text;
}

function nonInferiorityText(result: PairedResult): string {
  const margin = result.nonInferiority;
  return margin === undefined ? '—' : `${margin.verdict} [${formatNumber(margin.lower)}, ${formatNumber(margin.upper)}]`;
}

function pairedRow(name: string, result: PairedResult): string[] {
  const rates = [formatNumber(result.baselineRate), formatNumber(result.candidateRate), formatDifference(result.difference)];
  return [name, String(result.n), ...rates, formatPValue(result.pValue), formatPValue(result.adjustedP), verdict(result), nonInferiorityText(result)];
}

/** The baseline comparison: overall then by tag (significant ones first), with its settings. */
export function comparisonSection(comparison: Comparison): string {
  const tags = sortedKeys(comparison.byTag).sort((left, right) => Number(comparison.byTag[right]?.significant) - Number(comparison.byTag[left]?.significant));
  const headers = ['tag', 'n', 'baseline', 'candidate', 'difference', 'McNemar p', 'Holm p', 'verdict', 'non-inferiority'];
  const rows = [pairedRow('**all**', comparison.overall), ...tags.map((tag) => pairedRow(cell(tag), comparison.byTag[tag] as PairedResult))];
  const regressions = comparison.regressions.length === 0 ? 'No tag regressed significantly.' : `Regressions: ${comparison.regressions.map((tag) => cell(tag)).join(', ')}.`;
  const bootstrap = comparison.overall.scoreBootstrap;
  const lines = [
    `### Compared with ${cell(comparison.baselineRunId)}`,
    `Paired McNemar test per tag, Holm-adjusted, α = ${formatNumber(comparison.alpha)}; non-inferiority margin δ = ${formatNumber(comparison.delta)}. ${regressions}`,
    markdownTable(headers, rows, 'tags'),
  ];
  if (bootstrap !== undefined) {
    lines.push(`Mean score difference ${formatDifference(bootstrap.meanDifference)} [${formatNumber(bootstrap.ci[0])}, ${formatNumber(bootstrap.ci[1])}], p = ${formatPValue(bootstrap.pValue)} (paired bootstrap).`);
  }
  return lines.join('\n\n');
}

function redteamRow(name: string, attacks: RateSummary, benign: RateSummary): string[] {
  return [name, formatRate(attacks), String(attacks.n), formatRate(benign), String(benign.n)];
}

/** Attack success and false refusal per category, intervals side by side. */
export function redteamSection(redteam: RedteamSummary): string {
  const categories = sortedKeys(redteam.byCategory);
  const rows = [
    redteamRow('**all**', redteam.attackSuccess, redteam.falseRefusal),
    ...categories.map((category) => {
      const entry = redteam.byCategory[category] as RedteamSummary['byCategory'][string];
      return redteamRow(cell(category), entry.attacks, entry.benign);
    }),
  ];
  const headers = ['category', 'attack success [95% CI]', 'attacks', 'false refusal [95% CI]', 'benign'];
  return `### Red team\n\nLower is better for both rates.\n\n${markdownTable(headers, rows, 'categories')}`;
}

/** The first failing or erroring cases with the scorer that failed, its reason and the output. */
export function failingCasesSection(run: RunRecord): string {
  const failing = run.cases.filter((result) => result.status !== 'pass');
  if (failing.length === 0) return '';
  const rows = failing.slice(0, maxFailingCases).map((result) => {
    const problems = caseProblems(result);
    const scorers = problems.map((problem) => problem.source).join(', ');
    const reasons = problems.map((problem) => problem.reason).join(' / ');
    return [cell(caseName(result)), cell(result.target), cell(scorers), cell(reasons, 200), cell(result.output, 120)];
  });
  const title = `### Failing cases (first ${rows.length} of ${failing.length})`;
  return `${title}\n\n${markdownTable(['case', 'target', 'failed scorer', 'reason', 'output'], rows, 'cases')}`;
}
