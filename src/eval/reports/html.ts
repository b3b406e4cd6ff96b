import { createHash } from 'node:crypto';
import { suiteName } from './cases.js';
import { escapeHtml } from './escape.js';
import { comparisonSection, ratesSection, redteamSection, summarySection } from './html-sections.js';
import { reportScript } from './html-script.js';
import { reportStyle } from './html-style.js';
import type { ReportFormat, ReportInput } from './types.js';

/**
 * JSON safe inside a <script> element: "<", ">", "&" and the line separators become \u escapes,
 * so no "</script" or "<!--" can appear; JSON.parse gives back the same value.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function contentSecurityPolicy(): string {
  const scriptHash = createHash('sha256').update(reportScript).digest('base64');
  return `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

const casesSection = `<section id="cases"><h2>Cases</h2>
<div class="filters">
<label>Status <select id="filter-status"><option value="">all</option><option value="fail">fail</option><option value="error">error</option><option value="pass">pass</option></select></label>
<label>Tag <select id="filter-tag"><option value="">all</option></select></label>
<label>Search <input id="filter-text" type="search" placeholder="id, input or output"></label>
<span id="case-count" class="muted"></span>
</div>
<noscript><p>Enable JavaScript to browse the cases; the data is in the JSON element of this file.</p></noscript>
<div id="case-list"></div>
<button id="case-more" type="button" hidden>Show more</button>
</section>`;

/** The self-contained HTML report: static summary tables, then the case drill-down rendered from embedded JSON. */
export function renderHtml(input: ReportInput): string {
  const { run } = input;
  const body = [
    summarySection(run),
    ratesSection(run),
    input.comparison === undefined ? '' : comparisonSection(input.comparison),
    input.redteam === undefined ? '' : redteamSection(input.redteam),
    casesSection,
  ].filter((section) => section !== '');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Vouch eval: ${escapeHtml(suiteName(run.suite))} (${escapeHtml(run.runId)})</title>`,
    `<style>${reportStyle}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script type="application/json" id="vouch-cases">${embedJson(run.cases)}</script>`,
    `<script>${reportScript}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A self-contained HTML report (inline CSS and JS, no external resources) with a per-case drill-down.
 * @example
 * writeFileSync('report.html', htmlReport.render({ run, comparison, redteam }));
 */
export const htmlReport: ReportFormat = {
  id: 'html',
  description: 'A self-contained HTML page: summary, tag, comparison and red-team tables, and a filterable per-case drill-down.',
  extension: 'html',
  render: renderHtml,
};
