/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same sequence in [0, 1), so
 * training orders, corpora and test data are reproducible. Not for secrets.
 * @example
 * const random = createRandom(42);
 * random(); // always the same first value for seed 42
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
