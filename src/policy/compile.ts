import { hashJson } from '../core/hash.js';
import { VouchError } from '../core/errors.js';
import type { Registry } from '../core/registry.js';
import type { Action, Severity } from '../core/types.js';
import { createAdapter, escalationDetectors, type EscalationAdapter } from '../detectors/escalation/index.js';
import type { Detector, Stage } from '../detectors/types.js';
import { policyDefaults, type Allowlist, type Policy, type Rule } from './policy.js';
import type { RedactionOperator } from './schema.js';

/** What a rule does with findings of one entity type. */
export interface EntityPlan {
  action: Action;
  threshold: number;
  operator: RedactionOperator;
  keepLast: number;
  severity?: Severity;
}

/** A rule's escalation, ready to call. */
export interface CompiledEscalation {
  adapter: EscalationAdapter;
  band: readonly [number, number];
  timeoutMs: number;
  onError: Action | 'local';
}

export interface CompiledRule {
  id: string;
  detector: Detector;
  onError: Action;
  escalation?: CompiledEscalation;
  /** Entity types this rule acts on, with their plans. */
  plans: ReadonlyMap<string, EntityPlan>;
  /** False when neither the policy nor the rule allowlists anything, so callers can skip the check. */
  hasAllowlist: boolean;
  isAllowed(value: string): boolean;
}

export interface CompiledPolicy {
  policy: Policy;
  /** sha256 of the policy's canonical JSON. */
  hash: string;
  stages: Readonly<Record<Stage, readonly CompiledRule[]>>;
}

export interface CompileOptions {
  /** Environment for escalation adapters' API keys (`apiKeyEnv`); read by the CLI and server only. */
  env?: Record<string, string | undefined>;
}

/**
 * Checks a resolved policy against the detector registry and prepares it for the hot path.
 * Unknown detectors and entity names fail here, with the available ids in the message.
 */
export function compilePolicy(policy: Policy, detectors: Registry<Detector>, options: CompileOptions = {}): CompiledPolicy {
  const global = compileAllowlist(policy.allowlist);
  const compileStage = (stage: Stage): CompiledRule[] =>
    policy[stage].rules.map((rule, index) => compileRule({ rule, path: `${stage}.rules[${index}]`, detectors, global, globalAllowlist: policy.allowlist, policyName: policy.name, env: options.env ?? {} }));
  return { policy, hash: hashJson(policy), stages: { input: compileStage('input'), output: compileStage('output') } };
}

/**
 * The rule a detector runs with when a caller asks for it but the policy has none: `flag` over its
 * default entities at the default threshold, failing open, under the policy's global allowlist.
 */
export function compileFlagRule(policy: Policy, detectorId: string, detectors: Registry<Detector>): CompiledRule {
  const rule: Rule = {
    id: `${detectorId}-ad-hoc`,
    detector: detectorId,
    action: 'flag',
    onError: 'flag',
    operator: policyDefaults.operator,
    keepLast: policyDefaults.keepLast,
    entities: {},
    only: false,
    allowlist: { values: [], patterns: [] },
  };
  const global = compileAllowlist(policy.allowlist);
  return compileRule({ rule, path: '(requested detector)', detectors, global, globalAllowlist: policy.allowlist, policyName: policy.name, env: {} });
}

interface RuleParts {
  globalAllowlist: Allowlist;
  rule: Rule;
  path: string;
  detectors: Registry<Detector>;
  global: (value: string) => boolean;
  policyName: string;
  env: Record<string, string | undefined>;
}

function compileRule({ rule, path, detectors, global, globalAllowlist, policyName, env }: RuleParts): CompiledRule {
  if (!detectors.has(rule.detector)) {
    throw new VouchError('VOUCH_UNKNOWN_ID', `policy "${policyName}" ${path}: unknown detector "${rule.detector}"`, {
      path: `${path}.detector`,
      fix: `Use one of: ${detectors.ids.join(', ')}.`,
    });
  }
  const detector = configured(detectors.get(rule.detector), rule, path, policyName);
  for (const entity of Object.keys(rule.entities)) {
    if (!detector.entities.includes(entity)) {
      throw new VouchError('VOUCH_UNKNOWN_ID', `policy "${policyName}" ${path}.entities: detector "${detector.id}" has no entity "${entity}"`, {
        path: `${path}.entities.${entity}`,
        fix: `Use one of: ${detector.entities.join(', ')}.`,
      });
    }
  }
  const own = compileAllowlist(rule.allowlist);
  const escalation = compileEscalation(rule, detector, path, policyName, env);
  return {
    id: rule.id,
    detector,
    onError: rule.onError,
    ...(escalation ? { escalation } : {}),
    plans: planEntities(rule, detector),
    hasAllowlist: policyAllowlistSize(rule.allowlist) + policyAllowlistSize(globalAllowlist) > 0,
    isAllowed: (value) => global(value) || own(value),
  };
}

function compileEscalation(rule: Rule, detector: Detector, path: string, policyName: string, env: Record<string, string | undefined>): CompiledEscalation | undefined {
  if (!rule.escalation) return undefined;
  if (!(escalationDetectors as readonly string[]).includes(detector.id)) {
    throw new VouchError('VOUCH_POLICY_INVALID', `policy "${policyName}" ${path}.escalation: detector "${detector.id}" cannot escalate`, {
      path: `${path}.escalation`,
      fix: `Escalation is for ${escalationDetectors.join(' and ')}; remove it from this rule.`,
    });
  }
  const { adapter, band, timeoutMs, onError } = rule.escalation;
  if (adapter.type === 'moderation' && detector.id !== 'content-safety') {
    throw new VouchError('VOUCH_POLICY_INVALID', `policy "${policyName}" ${path}.escalation.adapter: a moderation endpoint judges content safety, not ${detector.id}`, {
      path: `${path}.escalation.adapter.type`,
      fix: 'Use type llm-judge or onnx for prompt-injection.',
    });
  }
  return { adapter: createAdapter(adapter, { env }), band, timeoutMs, onError };
}

/** The detector with the rule's settings applied (a rule's `model`), or a clear error when it takes none. */
function configured(detector: Detector, rule: Rule, path: string, policyName: string): Detector {
  if (rule.model === undefined) return detector;
  if (!detector.configure) {
    throw new VouchError('VOUCH_POLICY_INVALID', `policy "${policyName}" ${path}.model: detector "${detector.id}" does not use a model`, {
      path: `${path}.model`,
      fix: 'Remove `model`, or use it on a learned detector (prompt-injection, content-safety).',
    });
  }
  return detector.configure({ model: rule.model });
}

function planEntities(rule: Rule, detector: Detector): Map<string, EntityPlan> {
  const plans = new Map<string, EntityPlan>();
  for (const entity of detector.entities) {
    const setting = rule.entities[entity];
    const listed = setting !== undefined && setting !== false && !(typeof setting === 'object' && setting.enabled === false);
    const enabled = setting === undefined ? !rule.only && !(detector.defaultOff ?? []).includes(entity) : listed;
    if (!enabled) continue;
    const override = typeof setting === 'object' ? setting : {};
    const severity = override.severity ?? rule.severity;
    plans.set(entity, {
      action: override.action ?? rule.action,
      threshold: override.threshold ?? rule.threshold ?? detector.defaultThreshold?.(entity) ?? policyDefaults.threshold,
      operator: override.operator ?? rule.operator,
      keepLast: override.keepLast ?? rule.keepLast,
      ...(severity === undefined ? {} : { severity }),
    });
  }
  return plans;
}

function policyAllowlistSize(allowlist: Allowlist): number {
  return allowlist.values.length + allowlist.patterns.length;
}

function compileAllowlist(allowlist: Allowlist): (value: string) => boolean {
  const values = new Set(allowlist.values);
  const patterns = allowlist.patterns.map((source) => new RegExp(source, 'u'));
  if (values.size === 0 && patterns.length === 0) return () => false;
  return (value) => values.has(value) || patterns.some((pattern) => pattern.test(value));
}
