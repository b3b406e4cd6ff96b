import type { Registry } from '../core/registry.js';
import type { Detector, Stage } from '../detectors/types.js';
import { compileFlagRule, type CompiledPolicy, type CompiledRule } from '../policy/compile.js';

const cache = new WeakMap<CompiledPolicy, Map<string, readonly CompiledRule[]>>();

/**
 * A stage's rules narrowed to the requested detectors. A requested detector that the policy has no
 * rule for runs with a `flag` rule (`compileFlagRule`), so it is scored and reported without
 * changing the text. Lists are kept per policy, stage and request, so repeated calls reuse them.
 */
export function adHocRules(compiled: CompiledPolicy, stage: Stage, requested: readonly string[] | undefined, registry: Registry<Detector>): readonly CompiledRule[] {
  const rules = compiled.stages[stage];
  if (!requested) return rules;
  let lists = cache.get(compiled);
  if (!lists) cache.set(compiled, (lists = new Map()));
  const key = `${stage}\u0000${requested.join(',')}`;
  let narrowed = lists.get(key);
  if (!narrowed) {
    const wanted = requested.map((id) => registry.get(id));
    const kept = rules.filter((rule) => wanted.includes(rule.detector));
    for (const detector of wanted) {
      if (!kept.some((rule) => rule.detector === detector)) kept.push(compileFlagRule(compiled.policy, detector.id, registry));
    }
    narrowed = kept;
    lists.set(key, narrowed);
  }
  return narrowed;
}
