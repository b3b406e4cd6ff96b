/** A seeded pseudo-random source; the same seed always gives the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<Item>(items: readonly Item[]): Item;
  chance(probability: number): boolean;
  /** `count` decimal digits, each uniform. */
  digits(count: number): string;
  /** `count` characters drawn from `alphabet`. */
  chars(alphabet: string, count: number): string;
  shuffle<Item>(items: readonly Item[]): Item[];
  weighted<Item>(entries: readonly (readonly [Item, number])[]): Item;
}

/** FNV-1a over UTF-16 code units: turns a seed label into 32 bits. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Small fast counter generator (sfc32) state, seeded by splitting the label hash. */
function createSfc32(seed: string): () => number {
  let a = hashSeed(seed);
  let b = hashSeed(`${seed}#b`);
  let c = hashSeed(`${seed}#c`);
  let counter = 1;
  const step = (): number => {
    const result = (((a + b) >>> 0) + counter) >>> 0;
    counter = (counter + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + result) >>> 0;
    return result / 4294967296;
  };
  for (let warm = 0; warm < 12; warm += 1) step();
  return step;
}

/** Creates a deterministic random source from a seed label such as "pii-v1:42". */
export function createRandom(seed: string): Random {
  const next = createSfc32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <Item>(items: readonly Item[]): Item => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)] as Item;
  };
  return {
    next,
    int,
    pick,
    chance: (probability) => next() < probability,
    digits: (count) => Array.from({ length: count }, () => String(int(0, 9))).join(''),
    chars: (alphabet, count) => Array.from({ length: count }, () => alphabet[int(0, alphabet.length - 1)]).join(''),
    shuffle: (items) => {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = int(0, index);
        [copy[index], copy[other]] = [copy[other] as (typeof copy)[number], copy[index] as (typeof copy)[number]];
      }
      return copy;
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of entries) {
        roll -= weight;
        if (roll < 0) return item;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
  };
}
