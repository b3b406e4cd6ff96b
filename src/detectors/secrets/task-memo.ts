/**
 * Remembers values computed from a text for the rest of the current synchronous task, then
 * forgets them: the engine asks every recognizer about every view within one synchronous scan.
 */
export interface TaskMemo<Value> {
  /** The remembered value for `text`, or `compute(text)` remembered. */
  get(text: string, compute: (text: string) => Value): Value;
}

/** Entries kept at once (the first text's included); past this the shortest other text's entry (the cheapest to recompute) is dropped. */
const maxEntries = 64;

/** Memos holding entries, all cleared by one microtask queued when the first of them got one. */
const pending: MemoEntries<unknown>[] = [];

function clearPending(): void {
  for (const memo of pending) memo.clear();
  pending.length = 0;
}

/**
 * The first text asked about and its value, then entries by text for the others: the first text
 * (in practice the long one, asked about first) is never hashed, as hashing 10 KB costs as much
 * as a trigger scan. The last text asked about answers `===` without a map lookup: the engine asks
 * many rules about the same text in a row.
 */
class MemoEntries<Value> implements TaskMemo<Value> {
  private readonly entries = new Map<string, Value>();
  private firstText: string | undefined;
  private firstValue: Value | undefined;
  private lastText: string | undefined;
  private lastValue: Value | undefined;

  get(text: string, compute: (text: string) => Value): Value {
    if (text === this.lastText) return this.lastValue!;
    let value: Value | undefined;
    if (this.firstText === undefined) {
      value = compute(text);
      this.keepFirst(text, value);
    } else if (text === this.firstText) value = this.firstValue;
    else {
      value = this.entries.get(text);
      if (value === undefined && !this.entries.has(text)) {
        value = compute(text);
        this.remember(text, value);
      }
    }
    this.lastText = text;
    this.lastValue = value;
    return value!;
  }

  clear(): void {
    this.entries.clear();
    this.firstText = undefined;
    this.firstValue = undefined;
    this.lastText = undefined;
    this.lastValue = undefined;
  }

  private keepFirst(text: string, value: Value): void {
    if (pending.length === 0) queueMicrotask(clearPending);
    pending.push(this);
    this.firstText = text;
    this.firstValue = value;
  }

  private remember(text: string, value: Value): void {
    if (this.entries.size >= maxEntries - 1) this.entries.delete(shortestKey(this.entries));
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
