import type { CaseResult } from '../types.js';
import { caseName, caseProblems, sortedKeys, suiteName } from './cases.js';
import { escapeXml, escapeXmlAttribute } from './escape.js';
import { formatSeconds } from './numbers.js';
import type { ReportFormat, ReportInput } from './types.js';

interface SuiteTotals {
  tests: number;
  failures: number;
  errors: number;
  milliseconds: number;
}

function totals(cases: readonly CaseResult[]): SuiteTotals {
  return {
    tests: cases.length,
    failures: cases.filter((result) => result.status === 'fail').length,
    errors: cases.filter((result) => result.status === 'error').length,
    milliseconds: cases.reduce((sum, result) => sum + (Number.isFinite(result.latencyMs) ? Math.max(0, result.latencyMs) : 0), 0),
  };
}

function totalsAttributes(summary: SuiteTotals): string {
  return `tests="${summary.tests}" failures="${summary.failures}" errors="${summary.errors}" skipped="0" time="${formatSeconds(summary.milliseconds)}"`;
}

function problemElement(result: CaseResult): string {
  const problems = caseProblems(result);
  if (problems.length === 0) return '';
  const text = problems.map((problem) => `${problem.source}: ${problem.reason}`).join('\n');
  if (result.status === 'error') {
    const code = result.error?.code ?? 'error';
    return `\n      <error message="${escapeXmlAttribute(text)}" type="${escapeXmlAttribute(code)}">${escapeXml(text)}</error>`;
  }
  const type = problems.map((problem) => problem.source).join(',');
  return `\n      <failure message="${escapeXmlAttribute(text)}" type="${escapeXmlAttribute(type)}">${escapeXml(text)}</failure>`;
}

function testcaseElement(result: CaseResult, suite: string): string {
  const firstTag = result.tags[0];
  const classname = firstTag === undefined ? suite : `${suite}.${firstTag}`;
  const attributes = `name="${escapeXmlAttribute(caseName(result))}" classname="${escapeXmlAttribute(classname)}" time="${formatSeconds(result.latencyMs)}"`;
  const body = problemElement(result);
  const output = result.status === 'pass' ? '' : `\n      <system-out>${escapeXml(result.output)}</system-out>`;
  return body === '' && output === '' ? `    <testcase ${attributes}/>` : `    <testcase ${attributes}>${body}${output}\n    </testcase>`;
}

function testsuiteElement(options: { input: ReportInput; target: string; cases: CaseResult[] }): string {
  const suite = suiteName(options.input.run.suite);
  const name = `${suite}/${options.target}`;
  const head = `  <testsuite name="${escapeXmlAttribute(name)}" ${totalsAttributes(totals(options.cases))} timestamp="${escapeXmlAttribute(options.input.run.startedAt)}">`;
  const properties = [
    `      <property name="vouch.runId" value="${escapeXmlAttribute(options.input.run.runId)}"/>`,
    `      <property name="vouch.suite" value="${escapeXmlAttribute(options.input.run.suite)}"/>`,
    `      <property name="vouch.target" value="${escapeXmlAttribute(options.target)}"/>`,
  ].join('\n');
  const testcases = options.cases.map((result) => testcaseElement(result, suite));
  return [head, `    <properties>\n${properties}\n    </properties>`, ...testcases, '  </testsuite>'].join('\n');
}

function casesByTarget(cases: readonly CaseResult[]): Map<string, CaseResult[]> {
  const groups = new Map<string, CaseResult[]>();
  for (const result of cases) {
    const members = groups.get(result.target);
    if (members === undefined) groups.set(result.target, [result]);
    else members.push(result);
  }
  return new Map(sortedKeys(Object.fromEntries(groups)).map((target) => [target, groups.get(target) ?? []]));
}

/** JUnit XML: one testsuite per target, one testcase per case result, failures and errors with reasons. */
export function renderJunit(input: ReportInput): string {
  const groups = casesByTarget(input.run.cases);
  const suites = [...groups].map(([target, cases]) => testsuiteElement({ input, target, cases }));
  const head = `<testsuites name="${escapeXmlAttribute(suiteName(input.run.suite))}" ${totalsAttributes(totals(input.run.cases))}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites, '</testsuites>', ''].join('\n');
}

/**
 * JUnit XML for CI test tabs (GitHub, GitLab, Jenkins).
 * @example
 * writeFileSync('junit.xml', junitReport.render({ run }));
 */
export const junitReport: ReportFormat = {
  id: 'junit',
  description: 'JUnit XML: one testsuite per target, one testcase per case, failed scorers and errors with their reasons.',
  extension: 'xml',
  render: renderJunit,
};
