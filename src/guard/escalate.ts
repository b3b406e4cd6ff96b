import { performance } from 'node:perf_hooks';
import { toVouchError } from '../core/errors.js';
import type { Finding } from '../core/types.js';
import type { Stage } from '../detectors/types.js';
import type { CompiledRule } from '../policy/compile.js';
import type { DetectorError, EscalationRecord } from './types.js';

/** A detector's run as the guard keeps it: its findings and its whole-text score. */
export interface EscalatableRun {
  findings: Finding[];
  score?: number;
}

/**
 * For each rule that escalates, when its detector's local score is in the rule's band: asks the
 * adapter within the rule's latency budget and puts its verdict in place of the local one (its
 * score; its types where the detector knows them, else the local finding's type). A failure or
 * timeout follows the rule's `onError`: "local" keeps the local verdict, an action is recorded as
 * an error with that action. Runs the escalations of one check concurrently.
 */
export async function escalate(options: { rules: readonly CompiledRule[]; runs: Map<string, EscalatableRun>; text: string; stage: Stage; errors: DetectorError[] }): Promise<EscalationRecord[]> {
  const pending: Promise<EscalationRecord>[] = [];
  const seen = new Set<string>();
  for (const rule of options.rules) {
    const escalation = rule.escalation;
    const run = options.runs.get(rule.detector.id);
    if (!escalation || !run || seen.has(rule.detector.id)) continue;
    const localScore = run.score ?? Math.max(0, ...run.findings.map((finding) => finding.score));
    if (localScore < escalation.band[0] || localScore >= escalation.band[1]) continue;
    seen.add(rule.detector.id);
    pending.push(escalateOne(rule, run, localScore, options));
  }
  return Promise.all(pending);
}

async function escalateOne(rule: CompiledRule, run: EscalatableRun, localScore: number, options: { text: string; stage: Stage; errors: DetectorError[] }): Promise<EscalationRecord> {
  const escalation = rule.escalation!;
  const started = performance.now();
  const record: EscalationRecord = { detector: rule.detector.id, rule: rule.id, adapter: escalation.adapter.id, localScore, latencyMs: 0 };
  try {
    const signal = AbortSignal.timeout(escalation.timeoutMs);
    const verdict = await escalation.adapter.check({ text: options.text, detector: rule.detector.id, stage: options.stage, localScore, signal });
    record.score = Math.round(verdict.score * 1000) / 1000;
    record.model = verdict.model;
    record.types = verdict.types;
    replaceVerdict(rule, run, record.score, verdict.types, options.text.length);
  } catch (error) {
    const failure = toVouchError(error, 'VOUCH_TARGET_FAILED');
    record.error = { code: failure.code, message: failure.message };
    if (escalation.onError !== 'local') options.errors.push({ detector: rule.detector.id, rule: rule.id, code: failure.code, message: `escalation failed: ${failure.message}`, action: escalation.onError });
  }
  record.latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
  return record;
}

/** The adapter's verdict as the detector's findings: on the local finding's span (or the whole text), one per type the detector knows. */
function replaceVerdict(rule: CompiledRule, run: EscalatableRun, score: number, types: readonly string[], length: number): void {
  const local = run.findings.reduce<Finding | undefined>((best, finding) => (!best || finding.score > best.score ? finding : best), undefined);
  const known = types.filter((type) => rule.detector.entities.includes(type));
  const fallback = local?.type ?? rule.detector.entities[rule.detector.entities.length - 1]!;
  const span = local ? { start: local.start, end: local.end } : { start: 0, end: length };
  run.score = score;
  run.findings = (known.length > 0 ? known : [fallback]).map((type) => ({ detector: rule.detector.id, type, ...span, score, message: 'escalated' }));
}
