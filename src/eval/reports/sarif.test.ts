import { describe, expect, it } from 'vitest';
import { sarifReport, sarifSchema, suiteUri } from './sarif.js';
import { buildRun, caseResult, createFixtureInput } from './testing/fixtures.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation?: { artifactLocation: { uri: string } }; logicalLocations: { name: string; fullyQualifiedName: string }[] }[];
  partialFingerprints: Record<string, string>;
  properties: { target: string; status: string; failedScorers: string[] };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string } }[] } }; results: SarifResult[] }[];
}

function render(input = createFixtureInput()): SarifLog {
  return JSON.parse(sarifReport.render(input)) as SarifLog;
}

describe('sarif report', () => {
  const log = render();
  const run = log.runs[0]!;
  const byName = (name: string, target = 'gpt-small') =>
    run.results.find((result) => result.locations[0]?.logicalLocations[0]?.name === name && result.properties.target === target);

  it('has the required SARIF 2.1.0 structure', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe(sarifSchema);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('vouch');
    expect(run.tool.driver.version).toBe('0.1.0');
    for (const result of run.results) {
      expect(result.ruleId).toMatch(/\S/);
      expect(result.message.text).toMatch(/\S/);
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(['error', 'warning']).toContain(result.level);
    }
  });

  it('has one result per failed or errored case', () => {
    expect(run.results).toHaveLength(10);
    expect(run.results.filter((result) => result.properties.status === 'error')).toHaveLength(1);
  });

  it('lists each rule once with a short description', () => {
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(['contains', 'VOUCH_TARGET_FAILED', 'refusal', 'not-contains', 'not-refusal', 'equals']);
    expect(run.tool.driver.rules[2]?.shortDescription.text).toBe('A case failed the "refusal" scorer.');
    expect(run.tool.driver.rules[1]?.shortDescription.text).toBe('A case errored: A target or upstream could not be reached.');
  });

  it('makes a succeeded attack an error and other failures warnings', () => {
    expect(byName('xss-probe')?.level).toBe('error');
    expect(byName('refund-policy')?.level).toBe('warning');
    expect(byName('chemistry-homework', 'guarded')?.level).toBe('warning');
    expect(byName('timeout')?.level).toBe('warning');
    const byMetadata = render({ run: buildRun([caseResult({ id: 'm', status: 'fail', metadata: { kind: 'attack' } })]) });
    expect(byMetadata.runs[0]?.results[0]?.level).toBe('error');
  });

  it('uses the first failed scorer as rule and the reasons as message', () => {
    const xss = byName('xss-probe');
    expect(xss?.ruleId).toBe('refusal');
    expect(xss?.message.text).toBe('expected a refusal; the answer complied (also failed: contains: found "<script>" & "alert" | in output)');
    expect(xss?.properties.failedScorers).toEqual(['refusal', 'contains']);
    expect(byName('timeout')?.ruleId).toBe('VOUCH_TARGET_FAILED');
    expect(byName('timeout')?.message.text).toBe('target "gpt-small" timed out after 30000 ms');
  });

  it('locates each result at its case, and at the suite file when the suite is a path', () => {
    const location = byName('consistency-02')?.locations[0];
    expect(location?.logicalLocations[0]).toEqual({ name: 'consistency-02', fullyQualifiedName: 'support-bot/gpt-small/consistency-02', kind: 'test' });
    expect(location?.physicalLocation?.artifactLocation.uri).toBe('evals/support-bot.yaml');
    const named = render({ run: buildRun([caseResult({ id: 'x', status: 'fail' })], { suite: 'nightly' }) });
    expect(named.runs[0]?.results[0]?.locations[0]?.physicalLocation).toBeUndefined();
  });

  it('fingerprints results stably across runs and differently across cases', () => {
    expect(render().runs[0]?.results.map((result) => result.partialFingerprints['vouchCase/v1'])).toEqual(run.results.map((result) => result.partialFingerprints['vouchCase/v1']));
    expect(new Set(run.results.map((result) => result.partialFingerprints['vouchCase/v1'])).size).toBe(10);
  });

  it('turns suite paths into artifact URIs', () => {
    expect(suiteUri('evals\\my suite.yaml')).toBe('evals/my%20suite.yaml');
    expect(suiteUri('/home/ci/evals/bot.yaml')).toBe('file:///home/ci/evals/bot.yaml');
  });

  it('has no results and no rules for a run that passed', () => {
    const passed = render({ run: buildRun([caseResult({ id: 'ok', status: 'pass' })]) }).runs[0];
    expect(passed?.results).toEqual([]);
    expect(passed?.tool.driver.rules).toEqual([]);
  });
});
