import { pathToFileURL } from 'node:url';
import { errorCatalog } from '../../core/errors.js';
import { sha256 } from '../../core/hash.js';
import type { CaseResult, RunRecord } from '../types.js';
import { caseName, caseProblems, isAttackCase, isSuitePath, suiteName, type CaseProblem } from './cases.js';
import { stableJson } from './json.js';
import type { ReportFormat, ReportInput } from './types.js';

/** The SARIF 2.1.0 JSON schema location. */
export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
}

function ruleFor(problem: CaseProblem): SarifRule {
  const name = problem.source.toLowerCase().replace(/[^a-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase());
  if (problem.kind === 'error') {
    const summary = (errorCatalog as Record<string, { summary: string } | undefined>)[problem.source]?.summary;
    return { id: problem.source, name, shortDescription: { text: `A case errored: ${summary ?? problem.source}` } };
  }
  return { id: problem.source, name, shortDescription: { text: `A case failed the "${problem.source}" scorer.` } };
}

/** The suite file as a SARIF artifact URI: relative paths stay relative (forward slashes), absolute ones become file: URIs. */
export function suiteUri(suite: string): string {
  const path = suite.replace(/\\/g, '/');
  return /^(\/|[A-Za-z]:\/)/.test(path) ? pathToFileURL(suite).href : encodeURI(path);
}

function message(problems: CaseProblem[]): string {
  const [first, ...others] = problems;
  const also = others.map((problem) => `${problem.source}: ${problem.reason}`).join('; ');
  return others.length === 0 ? (first?.reason ?? '') : `${first?.reason ?? ''} (also failed: ${also})`;
}

function location(run: RunRecord, result: CaseResult): Record<string, unknown> {
  const logical = { name: caseName(result), fullyQualifiedName: `${suiteName(run.suite)}/${result.target}/${caseName(result)}`, kind: 'test' };
  const physical = isSuitePath(run.suite) ? { physicalLocation: { artifactLocation: { uri: suiteUri(run.suite) } } } : {};
  return { ...physical, logicalLocations: [logical] };
}

function resultFor(options: { run: RunRecord; result: CaseResult; ruleIndex: Map<string, number> }): Record<string, unknown> {
  const { run, result } = options;
  const problems = caseProblems(result);
  const ruleId = problems[0]?.source ?? 'case-failed';
  const attackSucceeded = result.status === 'fail' && isAttackCase(result);
  return {
    ruleId,
    ruleIndex: options.ruleIndex.get(ruleId) ?? 0,
    level: attackSucceeded ? 'error' : 'warning',
    kind: 'fail',
    message: { text: message(problems) },
    locations: [location(run, result)],
    partialFingerprints: { 'vouchCase/v1': sha256(`${run.suite}\n${result.target}\n${caseName(result)}\n${ruleId}`) },
    properties: {
      caseId: result.id,
      repeat: result.repeat,
      target: result.target,
      status: result.status,
      tags: result.tags,
      failedScorers: problems.filter((problem) => problem.kind === 'failure').map((problem) => problem.source),
    },
  };
}

/** A SARIF 2.1.0 log: one result per failed or errored case; rules are the scorers (and error codes) that failed. */
export function buildSarif(input: ReportInput): Record<string, unknown> {
  const { run } = input;
  const notPassing = run.cases.filter((result) => result.status !== 'pass');
  const rules = new Map<string, SarifRule>();
  for (const result of notPassing) {
    const first = caseProblems(result)[0];
    if (first !== undefined && !rules.has(first.source)) rules.set(first.source, ruleFor(first));
  }
  const ruleIndex = new Map([...rules.keys()].map((id, index) => [id, index]));
  const driver = { name: 'vouch', version: run.provenance.vouchVersion, semanticVersion: run.provenance.vouchVersion, rules: [...rules.values()] };
  return {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        automationDetails: { id: `${suiteName(run.suite)}/${run.runId}` },
        invocations: [{ executionSuccessful: true, startTimeUtc: run.startedAt, endTimeUtc: run.finishedAt }],
        results: notPassing.map((result) => resultFor({ run, result, ruleIndex })),
        properties: { runId: run.runId, suite: run.suite, passRate: run.summary.passRate, n: run.summary.n },
      },
    ],
  };
}

/**
 * SARIF 2.1.0 findings for code-scanning dashboards: succeeded attacks are errors, other failures warnings.
 * @example
 * writeFileSync('vouch.sarif', sarifReport.render({ run }));
 */
export const sarifReport: ReportFormat = {
  id: 'sarif',
  description: 'SARIF 2.1.0 findings: one result per failed or errored case, succeeded attacks as errors.',
  extension: 'sarif',
  render: (input) => `${stableJson(buildSarif(input))}\n`,
};
