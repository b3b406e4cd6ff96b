/** Picks one element of a non-empty list with the seeded random source. */
export function pick<Value>(random: () => number, options: readonly Value[]): Value {
  const index = Math.min(options.length - 1, Math.floor(random() * options.length));
  const chosen = options[index];
  if (chosen === undefined) throw new RangeError('pick: the list of options is empty');
  return chosen;
}

/** True with the given probability, drawn from the seeded random source. */
export function chance(random: () => number, probability: number): boolean {
  return random() < probability;
}

/** A copy of the list in a seeded random order (Fisher–Yates). */
export function shuffle<Value>(random: () => number, values: readonly Value[]): Value[] {
  const copy = [...values];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as Value, copy[index] as Value];
  }
  return copy;
}
