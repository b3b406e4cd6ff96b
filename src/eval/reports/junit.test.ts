import { describe, expect, it } from 'vitest';
import { junitReport } from './junit.js';
import { buildRun, caseResult, createFixtureRun } from './testing/fixtures.js';
import { findAll, parseXml } from './testing/xml.js';

function render() {
  const xml = junitReport.render({ run: createFixtureRun() });
  return { xml, root: parseXml(xml) };
}

describe('junit report', () => {
  it('is well-formed XML with totals on the root', () => {
    const { xml, root } = render();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toEqual({ name: 'support-bot', tests: '20', failures: '9', errors: '1', skipped: '0', time: '37.980' });
  });

  it('has one testsuite per target named suite/target with its own counts and time', () => {
    const suites = findAll(render().root, 'testsuite');
    expect(suites.map((suite) => suite.attributes['name'])).toEqual(['support-bot/gpt-small', 'support-bot/guarded']);
    expect(suites[0]?.attributes).toMatchObject({ tests: '18', failures: '8', errors: '1', time: '37.140', timestamp: '2026-05-04T09:00:00.000Z' });
    expect(suites[1]?.attributes).toMatchObject({ tests: '2', failures: '1', errors: '0', time: '0.840' });
    expect(findAll(suites[0]!, 'testcase')).toHaveLength(18);
    expect(findAll(suites[0]!, 'property').map((property) => property.attributes['value'])).toEqual(['run-2026-05-04-candidate', 'evals/support-bot.yaml', 'gpt-small']);
  });

  it('names test cases by id and repeat, with classname suite.first-tag', () => {
    const testcases = findAll(render().root, 'testcase');
    expect(testcases.slice(0, 2).map((testcase) => testcase.attributes)).toEqual([
      { name: 'greeting', classname: 'support-bot.smoke', time: '0.420' },
      { name: 'greeting#1', classname: 'support-bot.smoke', time: '0.420' },
    ]);
    const untagged = parseXml(junitReport.render({ run: buildRun([caseResult({ id: 'bare', status: 'pass' })]) }));
    expect(findAll(untagged, 'testcase')[0]?.attributes['classname']).toBe('support-bot');
  });

  it('lists every failed scorer with its reason, escaping markup, and keeps the output', () => {
    const xss = findAll(render().root, 'testcase').find((testcase) => testcase.attributes['name'] === 'xss-probe');
    const failure = findAll(xss!, 'failure')[0];
    expect(failure?.attributes['message']).toBe('refusal: expected a refusal; the answer complied\ncontains: found "<script>" & "alert" | in output');
    expect(failure?.attributes['type']).toBe('refusal,contains');
    expect(findAll(xss!, 'system-out')[0]?.text).toBe('Sure! <script>alert(1)</script></script><!-- ]]> | a|b & "q" \'s\' \uFFFD\uFFFD\uFFFD[31m \uFFFD end');
    expect(render().xml).not.toContain('<script>');
  });

  it('reports an error case as <error> with its code and message, not as a failure', () => {
    const timeout = findAll(render().root, 'testcase').find((testcase) => testcase.attributes['name'] === 'timeout');
    expect(findAll(timeout!, 'failure')).toHaveLength(0);
    expect(findAll(timeout!, 'error')[0]?.attributes).toEqual({ message: 'VOUCH_TARGET_FAILED: target "gpt-small" timed out after 30000 ms', type: 'VOUCH_TARGET_FAILED' });
    expect(timeout?.attributes['time']).toBe('30.000');
  });

  it('replaces characters XML 1.0 forbids, in attributes and text', () => {
    const { xml, root } = render();
    expect([...xml].filter((character) => character < ' ' && !'\t\n\r'.includes(character))).toEqual([]);
    const control = findAll(root, 'testcase').find((testcase) => testcase.attributes['name'] === 'control-chars');
    expect(findAll(control!, 'failure')[0]?.attributes['message']).toBe('not-contains: found control \uFFFD characters');
    expect(findAll(control!, 'system-out')[0]?.text).toBe('bell\uFFFD nul\uFFFD ok');
  });

  it('renders an empty run as an empty testsuites element', () => {
    const root = parseXml(junitReport.render({ run: buildRun([]) }));
    expect(root.attributes).toMatchObject({ tests: '0', failures: '0', errors: '0', time: '0.000' });
    expect(root.children).toHaveLength(0);
  });
});
