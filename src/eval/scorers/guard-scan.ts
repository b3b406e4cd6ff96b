import { VouchError } from '../../core/errors.js';
import { detectors } from '../../detectors/index.js';
import { createGuard } from '../../guard/guard.js';
import type { GuardFinding } from '../../guard/types.js';
import { policyDefaults, type Policy, type Rule } from '../../policy/policy.js';
import { configError } from './define.js';

/** A finding as a scorer may report it: the type and a masked form of the value, never the value. */
export interface MaskedFinding {
  type: string;
  start: number;
  end: number;
  masked: string;
}

/** Masks a found value: short values entirely, longer ones keep two characters at each end. */
export function maskValue(value: string): string {
  const characters = [...value];
  if (characters.length <= 6) return '*'.repeat(characters.length);
  return `${characters.slice(0, 2).join('')}${'*'.repeat(Math.min(characters.length - 4, 8))}${characters.slice(-2).join('')}`;
}

function policyFor(detector: string, entities: readonly string[]): Policy {
  const rule: Rule = {
    id: `${detector}-scorer`,
    detector,
    action: 'flag',
    onError: 'flag',
    operator: policyDefaults.operator,
    keepLast: policyDefaults.keepLast,
    entities: Object.fromEntries(entities.map((entity) => [entity, true])),
    only: entities.length > 0,
    allowlist: { values: [], patterns: [] },
  };
  return { version: 1, name: `scorer-${detector}`, input: { rules: [] }, output: { rules: [rule] }, allowlist: { values: [], patterns: [] }, vault: policyDefaults.vault, limits: policyDefaults.limits };
}

/** Throws a config error naming the known entities when one of `entities` is not the detector's. */
export function checkEntities(detector: string, entities: readonly string[], setting: string): void {
  const known = detectors.get(detector).entities;
  const unknown = entities.filter((entity) => !known.includes(entity));
  if (unknown.length > 0) throw configError(setting, `${setting}: detector "${detector}" has no entity ${unknown.map((entity) => `"${entity}"`).join(', ')}`, `Use some of: ${known.join(', ')}.`);
}

/**
 * A scan of model output with one guard detector (its policy defaults: thresholds, entities left
 * off by default), reporting masked findings; a detector failure rejects with VOUCH_DETECTOR_FAILED.
 * @example
 * const scan = createOutputScan('pii', ['EMAIL_ADDRESS']);
 * await scan('mail ana@example.org'); // [{ type: 'EMAIL_ADDRESS', masked: 'an*******rg', … }]
 */
export function createOutputScan(detector: string, entities: readonly string[] = []): (text: string) => Promise<MaskedFinding[]> {
  const guard = createGuard({ policy: policyFor(detector, entities) });
  return async (text) => {
    const result = await guard.checkOutput(text);
    const failure = result.errors[0];
    if (failure) throw new VouchError('VOUCH_DETECTOR_FAILED', `detector "${failure.detector}" failed while scoring: ${failure.message}`, { fix: 'See the detector error; the case is recorded as an error.' });
    return result.findings.map((finding: GuardFinding) => ({ type: finding.type, start: finding.start, end: finding.end, masked: maskValue(text.slice(finding.start, finding.end)) }));
  };
}

/** "EMAIL_ADDRESS (an*******rg), US_SSN (*********)" for a reason. */
export function describeFindings(findings: readonly MaskedFinding[], limit = 5): string {
  const shown = findings.slice(0, limit).map((finding) => `${finding.type} (${finding.masked})`);
  return `${shown.join(', ')}${findings.length > limit ? ` and ${findings.length - limit} more` : ''}`;
}
