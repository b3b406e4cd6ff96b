import type { PairedResult } from './types.js';

export type PairedVerdict = 'regression' | 'improvement' | 'no significant change';

/** What a paired result means for a reader: significant and worse, significant and better, or neither. */
export function pairedVerdict(result: PairedResult): PairedVerdict {
  if (!result.significant || result.difference === 0 || !Number.isFinite(result.difference)) return 'no significant change';
  return result.difference < 0 ? 'regression' : 'improvement';
}
