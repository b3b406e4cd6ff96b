import { commonSpecs } from './catalog-common.js';
import { negativeSpecs } from './catalog-negatives.js';
import { nationalSpecs } from './catalog-national.js';
import { secretSpecs } from './catalog-secrets.js';
import type { EntitySpec, NegativeSpec } from './catalog-types.js';

/** Every gold entity type the generator can place. */
export const entitySpecs: readonly EntitySpec[] = [...commonSpecs, ...nationalSpecs, ...secretSpecs];

export { negativeSpecs };
export type { EntitySpec, NegativeSpec };

export function specFor(type: string): EntitySpec {
  const spec = entitySpecs.find((item) => item.type === type);
  if (!spec) throw new Error(`no generator for entity type ${type}`);
  return spec;
}
