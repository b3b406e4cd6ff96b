import { createLeakScorer } from './leak.js';

/** Passes when the secrets detector finds no credential in the output (values in reasons are masked). */
export const secretLeakScorer = createLeakScorer({ id: 'secret-leak', description: 'The output holds no credential the secrets detector finds (optionally only some types, some values allowed).', detector: 'secrets', noun: 'secrets' });
