import { suiteName } from './cases.js';
import { formatRate } from './numbers.js';
import {
  cell,
  comparisonSection,
  failingCasesSection,
  ratesSection,
  redteamSection,
  thresholdSection,
} from './markdown-sections.js';
import type { ReportFormat, ReportInput } from './types.js';

/** Upper bound on the report's size in UTF-8 bytes (GitHub comments allow 65,536 characters). */
export const maxMarkdownBytes = 60_000;

function headline(input: ReportInput): string {
  const { run } = input;
  const summary = run.summary;
  const errors = `${summary.errors} ${summary.errors === 1 ? 'error' : 'errors'}`;
  return [
    `## Vouch eval: ${cell(suiteName(run.suite))}`,
    `**Pass rate ${formatRate(summary)}** (95% Wilson interval) · n = ${summary.n} · ${summary.passed} passed · ${summary.failed} failed · ${errors}`,
    `Run ${cell(run.runId)} · suite ${cell(run.suite, 200)} · ${cell(run.startedAt)}`,
  ].join('\n\n');
}

function limitSize(text: string): string {
  if (Buffer.byteLength(text, 'utf8') <= maxMarkdownBytes) return text;
  let cut = text.slice(0, maxMarkdownBytes - 200);
  while (Buffer.byteLength(cut, 'utf8') > maxMarkdownBytes - 200) cut = cut.slice(0, cut.length - 1000);
  return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n…report cut at ${maxMarkdownBytes} bytes; see the JSON or HTML report for the rest.\n`;
}

/** The Markdown summary: headline, rates by tag (and target), thresholds, comparison, red team, failing cases. */
export function renderMarkdown(input: ReportInput): string {
  const { run } = input;
  const sections = [
    headline(input),
    ratesSection('By tag', run.summary.byTag, 'tag'),
    Object.keys(run.summary.byTarget).length > 1 ? ratesSection('By target', run.summary.byTarget, 'target') : '',
    thresholdSection(run),
    input.comparison === undefined ? '' : comparisonSection(input.comparison),
    input.redteam === undefined ? '' : redteamSection(input.redteam),
    failingCasesSection(run),
  ];
  return limitSize(`${sections.filter((section) => section !== '').join('\n\n')}\n`);
}

/**
 * A Markdown summary fit for a pull-request comment, under 60 KB however large the run.
 * @example
 * await postComment(markdownReport.render({ run, comparison }));
 */
export const markdownReport: ReportFormat = {
  id: 'markdown',
  description: 'A pull-request comment: pass rate with its interval, rates by tag, thresholds, baseline comparison, red team, first failing cases.',
  extension: 'md',
  render: renderMarkdown,
};
