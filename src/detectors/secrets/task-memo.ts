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

/** Memos holding entries, all cleared by one microtask queued when the first of them got one. */
const pending: MemoEntries<unknown>[] = [];

function clearPending(): void {
  for (const memo of pending) memo.clear();
  pending.length = 0;
}

/**
 * Entries by text, plus the last one asked about: the engine asks many rules about the same text
 * in a row, and an identical string answers `===` without a map lookup.
 */
class MemoEntries<Value> implements TaskMemo<Value> {
  private readonly entries = new Map<string, Value>();
  private lastText: string | undefined;
  private lastValue: Value | undefined;

  get(text: string, compute: (text: string) => Value): Value {
    if (text === this.lastText) return this.lastValue!;
    let value = this.entries.get(text);
    if (value === undefined && !this.entries.has(text)) {
      value = compute(text);
      this.remember(text, value);
    }
    this.lastText = text;
    this.lastValue = value;
    return value!;
  }

  clear(): void {
    this.entries.clear();
    this.lastText = undefined;
    this.lastValue = undefined;
  }

  private remember(text: string, value: Value): void {
    if (this.entries.size === 0) {
      if (pending.length === 0) queueMicrotask(clearPending);
      pending.push(this);
    }
    if (this.entries.size >= maxEntries) this.entries.delete(shortestKey(this.entries));
    this.entries.set(text, value);
  }
}

/** A memo keyed by text that clears itself on the next microtask after its first entry. */
export function createTaskMemo<Value>(): TaskMemo<Value> {
  return new MemoEntries<Value>();
}

function shortestKey(map: ReadonlyMap<string, unknown>): string {
  let shortest: string | undefined;
  for (const key of map.keys()) if (shortest === undefined || key.length < shortest.length) shortest = key;
  return shortest!;
}
