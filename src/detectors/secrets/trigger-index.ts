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

  at(id: number): readonly number[] {
    return this.found[id] ?? none;
  }

  positions(trigger: Trigger): readonly number[] {
    return this.at(this.index.idOf(trigger));
  }
}

/** A recognizer that can search a text near its triggers' occurrences. */
export interface IndexedRecognizer extends Recognizer {
  /** Its matches in `text`, looked for only around its triggers' `occurrences`. */
  matches(text: string, occurrences: TriggerOccurrences): readonly RecognizerMatch[];
}

/**
 * Wraps recognizers so they share one trigger scan per text instead of one `includes` per
 * trigger: each wrapper hands the index's occurrences to `matches` (the index must be built from
 * the recognizers' triggers). The wrappers carry no `triggers`, so the engine does not scan for
 * them again.
 */
export function gateByTriggerIndex(recognizers: readonly IndexedRecognizer[], index: TriggerIndex): Recognizer[] {
  return recognizers.map((recognizer) => {
    const { triggers: _triggers, ...rest } = recognizer;
    return {
      ...rest,
      recognize: (text: string) => copyMatches(recognizer.matches(text, index.occurrences(text))),
    };
  });
}

/** Copies of `matches` (callers own what `recognize` returns; the memoized originals stay intact); no allocation when there are none. */
function copyMatches(matches: readonly RecognizerMatch[]): RecognizerMatch[] {
  if (matches.length === 0) return [];
  return matches.map((match) => ({ ...match }));
}
