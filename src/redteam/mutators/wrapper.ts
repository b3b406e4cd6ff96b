import type { Mutator } from '../types.js';
import { pick } from './choose.js';

/** A fixed framing around the request; `{request}` marks where the request goes. */
export interface WrapperDefinition {
  id: string;
  description: string;
  /** Several variants; each contains `{request}` exactly once. */
  templates: readonly string[];
}

/**
 * Builds a mutator that places the request inside one of several framings, chosen by the random source.
 * @example
 * const mutator = defineWrapper({ id: 'polite', description: 'Asks nicely.', templates: ['Please: {request}'] });
 */
export function defineWrapper(definition: WrapperDefinition): Mutator {
  for (const template of definition.templates) {
    if (template.split('{request}').length !== 2) throw new RangeError(`wrapper ${definition.id}: each template needs one {request}`);
  }
  return {
    id: definition.id,
    description: definition.description,
    mutate: (text, context) => pick(context.random, definition.templates).replace('{request}', () => text),
  };
}
