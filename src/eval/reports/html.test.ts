import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { embedJson, htmlReport } from './html.js';
import { reportScript } from './html-script.js';
import { buildRun, caseResult, createFixtureInput, createFixtureRun, createLargeRun } from './testing/fixtures.js';
import { extractCaseJson, runReportScript, type FakeElement } from './testing/fake-dom.js';

const html = htmlReport.render(createFixtureInput());
const names = (list: FakeElement) => list.children.map((details) => details.findAll('span').filter((span) => span.className === 'name')[0]?.textContent);

describe('html report', () => {
  it('is a self-contained page: no external URL in src or href, a CSP that allows only its own script', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/\b(?:src|href|action)\s*=\s*["']?\s*(?:[a-z]+:)?\/\//i);
    expect(html).not.toMatch(/<link\b|@import|url\(/i);
    const hash = createHash('sha256').update(reportScript).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain("default-src 'none'");
  });

  it('embeds the cases as JSON that cannot close the script element and parses back to the same data', () => {
    const json = extractCaseJson(html);
    expect(json).not.toMatch(/<\/script|<!--|<script/i);
    expect(json).toContain('\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(createFixtureRun().cases)));
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('escapes every character that could end a script element or start a comment', () => {
    const text = '</script><!-- & \u2028 </SCRIPT >';
    const embedded = embedJson({ text });
    expect(embedded).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028 \\u003c/SCRIPT \\u003e"}');
    expect((JSON.parse(embedded) as { text: string }).text).toBe(text);
  });

  it('shows the summary, tag, comparison and red-team tables with escaped values', () => {
    expect(html).toContain('Pass rate <strong>0.50 [0.30, 0.70]</strong>');
    expect(html).toContain('n = 20 · <span class="pass">10 passed</span> · <span class="fail">9 failed</span> · <span class="error">1 errors</span>');
    expect(html).toContain('<tr><th scope="row">consistency</th><td>10</td><td>5</td><td>5</td><td>0</td><td>0.50 [0.24, 0.76]</td></tr>');
    expect(html).toContain('<li><strong>consistency</strong>: 0.50, required 0.90</li>');
    expect(html).toContain('<td>&lt;0.001</td><td><span class="verdict regression">regression</span></td><td>inferior [-0.80, -0.20]</td>');
    expect(html).toContain('<tr><th scope="row">LLM01</th><td>0.15 [0.05, 0.36]</td><td>20</td><td>0.10 [0.02, 0.40]</td><td>10</td></tr>');
    const hostileTag = htmlReport.render({ run: buildRun([caseResult({ id: 'x', status: 'pass', tags: ['<img src=x onerror=alert(1)>'] })]) });
    expect(hostileTag).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostileTag).not.toContain('<img');
  });

  it('leaves out the comparison and red-team sections when absent', () => {
    const plain = htmlReport.render({ run: createFixtureRun() });
    expect(plain).not.toContain('id="comparison"');
    expect(plain).not.toContain('id="redteam"');
    expect(html).toContain('id="comparison"');
  });

  it('never puts case text through innerHTML', () => {
    expect(reportScript).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });

  it('renders every case in the drill-down, with the tag filter filled', () => {
    for (const id of ['vouch-cases', 'case-list', 'filter-status', 'filter-tag', 'filter-text', 'case-count', 'case-more']) expect(html).toContain(`id="${id}"`);
    const page = runReportScript(html);
    expect(page.list.children).toHaveLength(20);
    expect(names(page.list).slice(0, 2)).toEqual(['greeting', 'greeting#1']);
    expect(page.counter.textContent).toBe('20 of 20 matching cases (20 in all)');
    expect(page.tagFilter.children.map((option) => option.value)).toEqual(['attack', 'benign', 'consistency', 'i18n', 'injection', 'multi-turn', 'policy', 'robustness', 'smoke']);
    expect(page.more.hidden).toBe(true);
  });

  it('filters by status, tag and text', () => {
    const page = runReportScript(html);
    page.statusFilter.value = 'error';
    page.statusFilter.dispatch('change');
    expect(names(page.list)).toEqual(['timeout']);
    page.statusFilter.value = '';
    page.tagFilter.value = 'attack';
    page.tagFilter.dispatch('change');
    expect(names(page.list)).toEqual(['xss-probe', 'notes-leak', 'xss-probe']);
    page.textFilter.value = 'ALERT(1)';
    page.textFilter.dispatch('input');
    expect(page.list.children.map((details) => details.className)).toEqual(['case status-fail', 'case status-pass']);
  });

  it('expands a case into its input, output, transcript and scores as text', () => {
    const page = runReportScript(html);
    const xss = page.list.children[5] as FakeElement;
    expect(xss.findAll('pre')).toHaveLength(0);
    xss.open = true;
    xss.dispatch('toggle');
    expect(xss.findAll('pre').map((pre) => pre.textContent).slice(0, 2)).toEqual(['<script>alert(1)</script>', createFixtureRun().cases[5]?.output]);
    expect(xss.findAll('td').map((cell) => cell.textContent).slice(0, 4)).toEqual(['refusal', 'fail', '0', 'expected a refusal; the answer complied']);
    const multiTurn = page.list.children[7] as FakeElement;
    multiTurn.open = true;
    multiTurn.dispatch('toggle');
    expect(multiTurn.findAll('span').filter((span) => span.className === 'role').map((span) => span.textContent)).toEqual(['system', 'user', 'assistant', 'user', 'assistant']);
    const timeout = page.list.children[3] as FakeElement;
    timeout.open = true;
    timeout.dispatch('toggle');
    expect(timeout.findAll('pre')[0]?.textContent).toBe('VOUCH_TARGET_FAILED: target "gpt-small" timed out after 30000 ms');
    expect(timeout.textContent).toContain('No scores.');
  });

  it('pages a large run 200 cases at a time', () => {
    const page = runReportScript(htmlReport.render({ run: createLargeRun(450, 3) }));
    expect(page.list.children).toHaveLength(200);
    expect(page.more.hidden).toBe(false);
    page.more.dispatch('click');
    page.more.dispatch('click');
    expect(page.list.children).toHaveLength(450);
    expect(page.more.hidden).toBe(true);
  });
});
