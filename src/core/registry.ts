import { VouchError } from './errors.js';

/** A unit that can be registered: it has a stable kebab-case id. */
export interface Identified {
  readonly id: string;
}

export interface Registry<Unit extends Identified> {
  readonly kind: string;
  readonly ids: readonly string[];
  readonly units: readonly Unit[];
  get(id: string): Unit;
  has(id: string): boolean;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Builds a registry from an explicit array. Rejects malformed and duplicate ids; a lookup miss
 * throws VOUCH_UNKNOWN_ID listing the ids that exist.
 * @example
 * const detectors = createRegistry('detector', [piiDetector, secretsDetector]);
 * detectors.get('pii');
 */
export function createRegistry<Unit extends Identified>(kind: string, units: readonly Unit[]): Registry<Unit> {
  const byId = new Map<string, Unit>();
  for (const unit of units) {
    if (!idPattern.test(unit.id)) {
      throw new VouchError('VOUCH_DUPLICATE_ID', `${kind} id "${unit.id}" is not kebab-case`, {
        fix: 'Use lowercase letters, digits and single hyphens, e.g. "credit-card".',
      });
    }
    if (byId.has(unit.id)) {
      throw new VouchError('VOUCH_DUPLICATE_ID', `${kind} id "${unit.id}" is registered twice`, {
        fix: `Give each ${kind} its own id.`,
      });
    }
    byId.set(unit.id, unit);
  }
  const ids = [...byId.keys()];
  return {
    kind,
    ids,
    units: [...units],
    has: (id) => byId.has(id),
    get(id) {
      const unit = byId.get(id);
      if (unit === undefined) {
        throw new VouchError('VOUCH_UNKNOWN_ID', `unknown ${kind} "${id}"; available: ${ids.join(', ')}`, {
          fix: `Use one of: ${ids.join(', ')}.`,
        });
      }
      return unit;
    },
  };
}
