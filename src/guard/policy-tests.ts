import { resolve } from 'node:path';
import { z } from 'zod';
import { loadConfigFile } from '../core/config.js';
import { actions } from '../core/types.js';
import { stages } from '../detectors/types.js';
import { createGuard } from './guard.js';
import type { GuardResult } from './types.js';

const expectedFindingSchema = z
  .object({
    type: z.string(),
    detector: z.string().optional(),
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(0).optional(),
  })
  .strict();

const caseSchema = z
  .object({
    name: z.string().min(1),
    stage: z.enum(stages).default('input'),
    input: z.string(),
    conversationId: z.string().optional(),
    expect: z
      .object({
        action: z.enum(actions).optional(),
        findings: z.array(expectedFindingSchema).optional().describe('Each must be present (other findings may be too).'),
        absent: z.array(z.string()).optional().describe('Entity types that must not be found.'),
        text: z.string().optional().describe('The exact text after redaction.'),
      })
      .strict(),
  })
  .strict();

/** A policy test file: a policy reference and cases with expectations. */
export const policyTestFileSchema = z
  .object({
    policy: z.string().default('builtin:default').describe('Policy path relative to this file, or builtin:<name>.'),
    cases: z.array(caseSchema).min(1),
  })
  .strict();

type PolicyTestCase = z.output<typeof caseSchema>;

export interface PolicyTestOutcome {
  passed: number;
  failed: number;
  /** One line per case: "PASS name" or "FAIL name: reason; reason". */
  lines: string[];
}

/** Runs the cases of a policy test file; a failed expectation is a result, not an exception. */
export async function runPolicyTests(file: string, options: { baseDirectory: string; hmacKey?: string | undefined }): Promise<PolicyTestOutcome> {
  const tests = loadConfigFile(file, policyTestFileSchema);
  const policy = tests.policy.startsWith('builtin:') ? tests.policy : resolve(options.baseDirectory, tests.policy);
  const guard = createGuard({ policy, ...(options.hmacKey ? { hmacKey: options.hmacKey } : {}) });
  const outcome: PolicyTestOutcome = { passed: 0, failed: 0, lines: [] };
  for (const testCase of tests.cases) {
    const result = await guard.check(testCase.stage, testCase.input, testCase.conversationId ? { conversationId: testCase.conversationId } : {});
    const problems = compare(testCase, result);
    if (problems.length === 0) outcome.passed += 1;
    else outcome.failed += 1;
    outcome.lines.push(problems.length === 0 ? `PASS ${testCase.name}` : `FAIL ${testCase.name}: ${problems.join('; ')}`);
  }
  return outcome;
}

function compare(testCase: PolicyTestCase, result: GuardResult): string[] {
  const { expect } = testCase;
  const problems: string[] = [];
  if (expect.action && expect.action !== result.action) problems.push(`expected action ${expect.action}, got ${result.action}`);
  for (const wanted of expect.findings ?? []) {
    const found = result.findings.some(
      (finding) =>
        finding.type === wanted.type &&
        (wanted.detector === undefined || finding.detector === wanted.detector) &&
        (wanted.start === undefined || finding.start === wanted.start) &&
        (wanted.end === undefined || finding.end === wanted.end),
    );
    if (!found) problems.push(`expected a ${wanted.type} finding${wanted.start === undefined ? '' : ` at ${wanted.start}-${wanted.end ?? '?'}`}; got [${describe(result)}]`);
  }
  for (const type of expect.absent ?? []) {
    if (result.findings.some((finding) => finding.type === type)) problems.push(`expected no ${type} finding; got [${describe(result)}]`);
  }
  if (expect.text !== undefined && expect.text !== result.text) problems.push(`expected text ${JSON.stringify(expect.text)}, got ${JSON.stringify(result.text)}`);
  return problems;
}

function describe(result: GuardResult): string {
  return result.findings.map((finding) => `${finding.type} ${finding.start}-${finding.end}`).join(', ');
}
