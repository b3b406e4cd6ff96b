import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../core/config.js';
import { VouchError } from '../core/errors.js';
import { defaultOnError, policyDefaults, type Allowlist, type Policy, type Rule } from './policy.js';
import { escalationSchema, policyFileSchema, type PolicyFile, type RuleFile } from './schema.js';

const builtinDirectory = fileURLToPath(new URL('../../data/policies/', import.meta.url));
const builtinPrefix = 'builtin:';

/** Names of the policies shipped with Vouch (`builtin:<name>`). */
export const builtinPolicies = ['default', 'strict', 'permissive'] as const;

/**
 * Loads a policy file (YAML or JSON) or `builtin:<name>`, follows `extends`, applies defaults.
 * @example
 * const policy = loadPolicy('vouch.policy.yaml');
 */
export function loadPolicy(reference: string): Policy {
  return resolvePolicy(loadPolicyChain(reference, process.cwd(), []), reference);
}

/** Parses policy text; `extends` is resolved relative to `baseDirectory`. */
export function parsePolicy(text: string, options: { source: string; baseDirectory?: string }): Policy {
  const file = withModelPaths(parseConfig(text, { schema: policyFileSchema, source: options.source, code: 'VOUCH_POLICY_INVALID' }), options.baseDirectory ?? process.cwd());
  const merged = file.extends
    ? mergePolicyFiles(loadPolicyChain(file.extends, options.baseDirectory ?? process.cwd(), [options.source]), file)
    : file;
  return resolvePolicy(merged, options.source);
}

function loadPolicyChain(reference: string, baseDirectory: string, seen: string[]): PolicyFile {
  const { path, source } = locate(reference, baseDirectory);
  if (seen.includes(path)) {
    throw new VouchError('VOUCH_POLICY_INVALID', `${source}: extends forms a cycle (${[...seen, path].join(' → ')})`, {
      file: source,
      path: 'extends',
      fix: 'Remove the `extends` that points back to a policy already in the chain.',
    });
  }
  const text = readPolicyText(path, source);
  const file = withModelPaths(parseConfig(text, { schema: policyFileSchema, source, code: 'VOUCH_POLICY_INVALID' }), dirname(path));
  if (!file.extends) return file;
  return mergePolicyFiles(loadPolicyChain(file.extends, dirname(path), [...seen, path]), file);
}

/** Rules' `model` paths and ONNX escalation directories made absolute against the folder of the file that names them, before files merge. */
function withModelPaths(file: PolicyFile, directory: string): PolicyFile {
  const names = (rule: RuleFile): boolean => rule.model !== undefined || rule.escalation?.adapter.type === 'onnx';
  const absolute = (rule: RuleFile): RuleFile => {
    const resolved = { ...rule, ...(rule.model === undefined ? {} : { model: resolve(directory, rule.model) }) };
    const adapter = rule.escalation?.adapter;
    if (adapter?.type === 'onnx') resolved.escalation = { ...rule.escalation!, adapter: { ...adapter, directory: resolve(directory, adapter.directory) } };
    return resolved;
  };
  const stage = (rules: PolicyFile['input']) => rules && { ...rules, rules: (rules.rules ?? []).map((rule) => (names(rule) ? absolute(rule) : rule)) };
  if (!file.input?.rules?.some(names) && !file.output?.rules?.some(names)) return file;
  return { ...file, input: stage(file.input), output: stage(file.output) };
}

function locate(reference: string, baseDirectory: string): { path: string; source: string } {
  if (!reference.startsWith(builtinPrefix)) return { path: resolve(baseDirectory, reference), source: reference };
  const name = reference.slice(builtinPrefix.length);
  if (!(builtinPolicies as readonly string[]).includes(name)) {
    const available = builtinPolicies.map((policy) => builtinPrefix + policy).join(', ');
    throw new VouchError('VOUCH_UNKNOWN_ID', `unknown built-in policy "${reference}"; available: ${available}`, {
      path: 'extends',
      fix: `Use one of: ${available}.`,
    });
  }
  return { path: resolve(builtinDirectory, `${name}.yaml`), source: reference };
}

function readPolicyText(path: string, source: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `cannot read policy ${source} (${path}): ${(error as Error).message}`, {
      file: source,
      fix: 'Check the path; `extends` paths are relative to the file that names them.',
      cause: error,
    });
  }
}

/** Overlays `child` on `base`: rules merge by id, entity settings merge per entity, allowlists unite. */
export function mergePolicyFiles(base: PolicyFile, child: PolicyFile): PolicyFile {
  return {
    ...base,
    ...child,
    extends: undefined,
    input: { rules: mergeRules(base.input?.rules ?? [], child.input?.rules ?? []) },
    output: { rules: mergeRules(base.output?.rules ?? [], child.output?.rules ?? []) },
    allowlist: mergeAllowlists(base.allowlist, child.allowlist),
    vault: { ...base.vault, ...child.vault },
    limits: { ...base.limits, ...child.limits },
  };
}

function ruleKey(rule: RuleFile): string {
  return rule.id ?? rule.detector ?? '';
}

function mergeRules(base: RuleFile[], child: RuleFile[]): RuleFile[] {
  const merged = base.map((rule) => ({ ...rule }));
  for (const rule of child) {
    const index = merged.findIndex((candidate) => ruleKey(candidate) === ruleKey(rule));
    if (index === -1) {
      merged.push(rule);
      continue;
    }
    const previous = merged[index]!;
    merged[index] = {
      ...previous,
      ...rule,
      entities: mergeEntities(previous.entities, rule.entities),
      allowlist: mergeAllowlists(previous.allowlist, rule.allowlist),
    };
  }
  return merged;
}

function mergeEntities(base: RuleFile['entities'], child: RuleFile['entities']): RuleFile['entities'] {
  const merged: NonNullable<RuleFile['entities']> = { ...base };
  for (const [entity, setting] of Object.entries(child ?? {})) {
    const previous = merged[entity];
    merged[entity] =
      typeof previous === 'object' && typeof setting === 'object' ? { ...previous, ...setting } : setting;
  }
  return merged;
}

function mergeAllowlists(base: Partial<Allowlist> | undefined, child: Partial<Allowlist> | undefined): Partial<Allowlist> {
  return {
    values: [...new Set([...(base?.values ?? []), ...(child?.values ?? [])])],
    patterns: [...new Set([...(base?.patterns ?? []), ...(child?.patterns ?? [])])],
  };
}

/** Applies defaults and checks rule ids are unique per stage. */
export function resolvePolicy(file: PolicyFile, source: string): Policy {
  const stage = (name: 'input' | 'output'): { rules: Rule[] } => {
    const rules = (file[name]?.rules ?? []).map(resolveRule);
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        throw new VouchError('VOUCH_POLICY_INVALID', `${source}: ${name}.rules[${index}] repeats rule id "${rule.id}"`, {
          file: source,
          path: `${name}.rules[${index}].id`,
          fix: 'Give each rule in a stage its own `id` (two rules on one detector need distinct ids).',
        });
      }
      seen.add(rule.id);
    });
    return { rules };
  };
  return {
    version: 1,
    name: file.name ?? 'unnamed',
    ...(file.description === undefined ? {} : { description: file.description }),
    input: stage('input'),
    output: stage('output'),
    allowlist: { values: file.allowlist?.values ?? [], patterns: file.allowlist?.patterns ?? [] },
    vault: { ...policyDefaults.vault, ...file.vault },
    limits: { ...policyDefaults.limits, ...file.limits },
  };
}

function resolveRule(rule: RuleFile): Rule {
  const detector = (rule.detector ?? rule.id)!;
  const action = rule.action ?? policyDefaults.action;
  return {
    id: rule.id ?? detector,
    detector,
    action,
    ...(rule.threshold === undefined ? {} : { threshold: rule.threshold }),
    ...(rule.model === undefined ? {} : { model: rule.model }),
    ...(rule.escalation === undefined ? {} : { escalation: escalationSchema.parse(rule.escalation) }),
    ...(rule.severity === undefined ? {} : { severity: rule.severity }),
    onError: rule.onError ?? defaultOnError(action),
    operator: rule.operator ?? policyDefaults.operator,
    keepLast: rule.keepLast ?? policyDefaults.keepLast,
    entities: rule.entities ?? {},
    only: rule.only ?? false,
    allowlist: { values: rule.allowlist?.values ?? [], patterns: rule.allowlist?.patterns ?? [] },
  };
}
