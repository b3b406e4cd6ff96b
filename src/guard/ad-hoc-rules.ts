import type { Registry } from '../core/registry.js';
import type { Detector } from '../detectors/types.js';
import type { CompiledRule } from '../policy/compile.js';

/**
 * Narrows a stage's rules to the requested detectors. A requested detector that the policy has no
 * rule for runs with a `flag` rule over its default entities at threshold 0.5, so it is scored and
 * reported without changing the text.
 */
export function adHocRules(rules: readonly CompiledRule[], requested: readonly string[] | undefined, registry: Registry<Detector>): readonly CompiledRule[] {
  if (!requested) return rules;
  const wanted = requested.map((id) => registry.get(id));
  const narrowed = rules.filter((rule) => wanted.includes(rule.detector));
  for (const detector of wanted) {
    if (narrowed.some((rule) => rule.detector === detector)) continue;
    narrowed.push(flagRule(detector));
  }
  return narrowed;
}

function flagRule(detector: Detector): CompiledRule {
  const off = new Set(detector.defaultOff ?? []);
  const plans = new Map(
    detector.entities.filter((entity) => !off.has(entity)).map((entity) => [entity, { action: 'flag' as const, threshold: 0.5, operator: 'placeholder' as const, keepLast: 4 }]),
  );
  return { id: `${detector.id}-ad-hoc`, detector, onError: 'flag', plans, hasAllowlist: false, isAllowed: () => false };
}
