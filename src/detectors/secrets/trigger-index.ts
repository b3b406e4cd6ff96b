import type { Recognizer, RecognizerMatch } from '../types.js';
import { createTaskMemo } from './task-memo.js';
import { compileTriggers, scanTriggers, type Trigger } from './trigger-scan.js';

export type { Trigger } from './trigger-scan.js';

/** Where each trigger of an index occurs in one text. */
export interface TriggerOccurrences {
  /** The index that found them; its `idOf` gives the ids `at` takes. */
  readonly index: TriggerIndex;
  /** Start positions of the trigger with this id, ascending; empty when it does not occur. */
  at(id: number): readonly number[];
  /** Start positions of `trigger`, ascending; empty when it does not occur. */
  positions(trigger: Trigger): readonly number[];
  /** Whether no trigger of the index occurs in the text. */
  none(): boolean;
}

/** Finds where a fixed set of literal triggers occur in a text, in one pass over it. */
export interface TriggerIndex {
  /** Every occurrence of every trigger in `text`; answers are remembered until the current task ends. */
  occurrences(text: string): TriggerOccurrences;
  /** The id of one of the index's triggers (a case-blind one in any case); throws for another. */
  idOf(trigger: Trigger): number;
}

const none: readonly number[] = Object.freeze([]);

/**
 * Builds a trigger index over `triggers` (2 to 100 printable ASCII characters each; those with
 * `ignoreCase` match in any letter case). The engine asks once per recognizer and view, so
 * answers are remembered for the rest of the synchronous scan (task-memo.ts).
 * @example
 * const index = createTriggerIndex([{ text: 'ghp_', ignoreCase: false }]);
 * index.occurrences('x ghp_1').positions({ text: 'ghp_', ignoreCase: false }); // [2]
 */
export function createTriggerIndex(triggers: readonly Trigger[]): TriggerIndex {
  const exact = new Map<string, number>();
  const folded = new Map<string, number>();
  const unique: Trigger[] = [];
  for (const trigger of triggers) {
    const ids = trigger.ignoreCase ? folded : exact;
    const key = trigger.ignoreCase ? trigger.text.toLowerCase() : trigger.text;
    if (ids.has(key)) continue;
    ids.set(key, unique.length);
    unique.push({ text: key, ignoreCase: trigger.ignoreCase });
  }
  const table = compileTriggers(unique);
  const memo = createTaskMemo<TriggerOccurrences>();
  // One function for every lookup, so asking about the text of the moment allocates nothing.
  const scan = (text: string): TriggerOccurrences => new Occurrences(index, scanTriggers(text, table));
  const index: TriggerIndex = {
    idOf: (trigger) => {
      const id = trigger.ignoreCase ? folded.get(trigger.text.toLowerCase()) : exact.get(trigger.text);
      if (id === undefined) throw new Error(`trigger "${trigger.text}" is not in this index`);
      return id;
    },
    occurrences: (text) => memo.get(text, scan),
  };
  return index;
}

class Occurrences implements TriggerOccurrences {
  constructor(
    readonly index: TriggerIndex,
    private readonly found: ReadonlyArray<number[] | undefined>,
  ) {}

  /** Whether no trigger occurs at all (`some` skips the holes of the sparse list natively). */
  none(): boolean {
    return !this.found.some(() => true);
  }

  at(id: number): readonly number[] {
    return this.found[id] ?? none;
  }

  positions(trigger: Trigger): readonly number[] {
    return this.at(this.index.idOf(trigger));
  }
}

/** A recognizer that can search a text near its triggers' occurrences. */
export interface IndexedRecognizer extends Recognizer {
  /** Its triggers as the index reads them; empty when it has none (it then runs on every text). */
  readonly indexTriggers: readonly Trigger[];
  /** Its matches in `text`, looked for only around its triggers' `occurrences`. */
  matches(text: string, occurrences: TriggerOccurrences): readonly RecognizerMatch[];
}

/** Recognizers driven by one trigger index, and the engine's per-view pass that picks which may match. */
export interface TriggerGate<Indexed extends IndexedRecognizer> {
  /** The recognizers as the engine runs them, in the given order, without `triggers`. */
  readonly recognizers: readonly Recognizer[];
  /** The given recognizers that may match in `text` (a trigger occurs, or they have none), in order; remembered until the task ends. */
  candidates(text: string): readonly Indexed[];
  /** The same choice among `recognizers`, as the engine's `prepare` hook takes it. */
  prepare(text: string): ReadonlySet<Recognizer>;
}

/**
 * Wraps recognizers so they share one trigger scan per text instead of one `includes` per
 * trigger: `prepare` scans a view once and names the recognizers worth calling, and each wrapper
 * hands the index's occurrences to `matches` (the index must be built from the recognizers'
 * triggers). The wrappers carry no `triggers`, so the engine does not scan for them again.
 */
export function gateByTriggerIndex<Indexed extends IndexedRecognizer>(recognizers: readonly Indexed[], index: TriggerIndex): TriggerGate<Indexed> {
  const wrapped = new Map<Indexed, Recognizer>();
  const byTrigger: number[][] = [];
  recognizers.forEach((recognizer, position) => {
    const { triggers: _triggers, ...rest } = recognizer;
    wrapped.set(recognizer, { ...rest, recognize: (text: string) => copyMatches(recognizer.matches(text, index.occurrences(text))) });
    const ids = recognizer.indexTriggers.length === 0 ? [-1] : recognizer.indexTriggers.map((trigger) => index.idOf(trigger));
    for (const id of new Set(ids)) (byTrigger[id + 1] ??= []).push(position);
  });
  const memo = createTaskMemo<readonly Indexed[]>();
  const alwaysRun = byTrigger[0] ?? [];
  const nothing: readonly Indexed[] = [];
  const choose = (text: string): readonly Indexed[] => {
    const occurrences = index.occurrences(text);
    // Most texts hold none of the triggers: then only the recognizers without triggers run.
    let chosen: Uint8Array | undefined;
    const anyTrigger = !occurrences.none();
    for (let slot = 1; anyTrigger && slot < byTrigger.length; slot++) {
      const positions = byTrigger[slot];
      if (!positions || occurrences.at(slot - 1).length === 0) continue;
      chosen ??= new Uint8Array(recognizers.length);
      for (const position of positions) chosen[position] = 1;
    }
    if (!chosen) return alwaysRun.length === 0 ? nothing : alwaysRun.map((position) => recognizers[position]!);
    for (const position of alwaysRun) chosen[position] = 1;
    return recognizers.filter((_, position) => chosen[position] === 1);
  };
  const candidates = (text: string): readonly Indexed[] => memo.get(text, choose);
  return {
    recognizers: [...wrapped.values()],
    candidates,
    prepare: (text) => new Set(candidates(text).map((recognizer) => wrapped.get(recognizer)!)),
  };
}

/** Copies of `matches` (callers own what `recognize` returns; the memoized originals stay intact); no allocation when there are none. */
function copyMatches(matches: readonly RecognizerMatch[]): RecognizerMatch[] {
  if (matches.length === 0) return [];
  return matches.map((match) => ({ ...match }));
}
