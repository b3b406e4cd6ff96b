/**
 * Remembers values computed from a text for the rest of the current synchronous task, then
 * forgets them: the engine asks every recognizer about every view within one synchronous scan.
 */
export interface TaskMemo<Value> {
  /** The remembered value for `text`, or `compute(text)` remembered. */
  get(text: string, compute: (text: string) => Value): Value;
}

/** Entries kept at once; past this the shortest text's entry (the cheapest to recompute) is dropped. */
const maxEntries = 64;

/** A memo keyed by text that clears itself on the next microtask after its first entry. */
export function createTaskMemo<Value>(): TaskMemo<Value> {
  const entries = new Map<string, Value>();
  return {
    get(text, compute) {
      if (entries.has(text)) return entries.get(text)!;
      const value = compute(text);
      if (entries.size === 0) queueMicrotask(() => entries.clear());
      if (entries.size >= maxEntries) entries.delete(shortestKey(entries));
      entries.set(text, value);
      return value;
    },
  };
}

function shortestKey(map: ReadonlyMap<string, unknown>): string {
  let shortest: string | undefined;
  for (const key of map.keys()) if (shortest === undefined || key.length < shortest.length) shortest = key;
  return shortest!;
}
