import type { Recognizer } from '../types.js';
import { createTaskMemo } from './task-memo.js';

/** Finds which of a fixed set of literal triggers occur in a text, in one pass over it. */
export interface TriggerIndex {
  /** The triggers that occur in `text`; answers are remembered until the current task ends. */
  present(text: string): ReadonlySet<string>;
}

const asciiLimit = 128;

/**
 * Builds a trigger index: a table of the triggers' first two characters lets one scan over the
 * text test, at each position, only the few triggers that start with those two characters.
 * Triggers must be ASCII and at least two characters long. The engine asks once per recognizer
 * and view, so answers are remembered for the rest of the synchronous scan (task-memo.ts).
 */
export function createTriggerIndex(triggers: readonly string[]): TriggerIndex {
  const byBigram: Array<string[] | undefined> = new Array<string[] | undefined>(asciiLimit * asciiLimit);
  const bigrams = new Uint8Array(asciiLimit * asciiLimit);
  for (const trigger of new Set(triggers)) {
    if (trigger.length < 2 || !/^[\x20-\x7e]+$/.test(trigger)) throw new Error(`trigger "${trigger}" must be 2+ printable ASCII characters`);
    const key = trigger.charCodeAt(0) * asciiLimit + trigger.charCodeAt(1);
    bigrams[key] = 1;
    (byBigram[key] ??= []).push(trigger);
  }
  const table: BigramTable = { bigrams, byBigram, exhausted: new Uint32Array(asciiLimit * asciiLimit), generation: 0 };
  const memo = createTaskMemo<ReadonlySet<string>>();
  return { present: (text) => memo.get(text, () => scan(text, table)) };
}

interface BigramTable {
  bigrams: Uint8Array;
  byBigram: ReadonlyArray<readonly string[] | undefined>;
  /** `exhausted[key] === generation` once every trigger of that bigram is found in the current scan. */
  exhausted: Uint32Array;
  generation: number;
}

/** One pass over the text; a bigram whose triggers are all found is skipped for the rest of it. */
function scan(text: string, table: BigramTable): Set<string> {
  const { bigrams, byBigram, exhausted } = table;
  table.generation = table.generation === 0xffffffff ? 1 : table.generation + 1;
  if (table.generation === 1) exhausted.fill(0);
  const generation = table.generation;
  const found = new Set<string>();
  let previous = text.length > 0 ? text.charCodeAt(0) : asciiLimit;
  for (let index = 1; index < text.length; index++) {
    const current = text.charCodeAt(index);
    const key = previous * asciiLimit + current;
    if ((previous | current) < asciiLimit && bigrams[key] === 1 && exhausted[key] !== generation) {
      let pending = false;
      for (const trigger of byBigram[key]!) {
        if (found.has(trigger)) continue;
        if (text.startsWith(trigger, index - 1)) found.add(trigger);
        else pending = true;
      }
      if (!pending) exhausted[key] = generation;
    }
    previous = current;
  }
  return found;
}

/**
 * Wraps recognizers so they share one trigger scan per text instead of one `includes` per
 * trigger: each wrapped recognizer runs only when one of its triggers is in the index's answer
 * (the index must be built from their triggers). The wrappers carry no `triggers` of their own,
 * so the engine does not scan for them again.
 */
export function gateByTriggerIndex(recognizers: readonly Recognizer[], index: TriggerIndex): Recognizer[] {
  return recognizers.map((recognizer) => {
    const { triggers, ...rest } = recognizer;
    if (!triggers?.length) return recognizer;
    return {
      ...rest,
      recognize: (text: string) => {
        const found = index.present(text);
        return triggers.some((trigger) => found.has(trigger)) ? recognizer.recognize(text) : [];
      },
    };
  });
}
