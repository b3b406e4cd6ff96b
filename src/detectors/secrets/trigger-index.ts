import type { Recognizer } from '../types.js';

/** Finds which of a fixed set of literal triggers occur in a text, in one pass over it. */
export interface TriggerIndex {
  /** The triggers that occur in `text`; answers are remembered until the current task ends. */
  present(text: string): ReadonlySet<string>;
}

const asciiLimit = 128;
/** Answers kept at once; past this the shortest text's answer (the cheapest to recompute) is dropped. */
const rememberedTexts = 64;

/**
 * Builds a trigger index: a table of the triggers' first two characters lets one scan over the
 * text test, at each position, only the few triggers that start with those two characters.
 * Triggers must be ASCII and at least two characters long. The engine asks once per recognizer
 * and view, so answers are remembered for the rest of the synchronous scan, then released.
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
  const remembered = new Map<string, ReadonlySet<string>>();
  return {
    present(text) {
      const known = remembered.get(text);
      if (known) return known;
      const found = scan(text, bigrams.slice(), byBigram);
      if (remembered.size === 0) queueMicrotask(() => remembered.clear());
      if (remembered.size >= rememberedTexts) remembered.delete(shortestKey(remembered));
      remembered.set(text, found);
      return found;
    },
  };
}

function shortestKey(map: ReadonlyMap<string, unknown>): string {
  let shortest: string | undefined;
  for (const key of map.keys()) if (shortest === undefined || key.length < shortest.length) shortest = key;
  return shortest!;
}

/** One pass; `live` is a scratch copy of the bigram table, cleared once all of a bigram's triggers are found. */
function scan(text: string, live: Uint8Array, byBigram: ReadonlyArray<readonly string[] | undefined>): Set<string> {
  const found = new Set<string>();
  let previous = text.length > 0 ? text.charCodeAt(0) : asciiLimit;
  for (let index = 1; index < text.length; index++) {
    const current = text.charCodeAt(index);
    if ((previous | current) < asciiLimit && live[previous * asciiLimit + current] === 1) {
      const key = previous * asciiLimit + current;
      let pending = false;
      for (const trigger of byBigram[key]!) {
        if (found.has(trigger)) continue;
        if (text.startsWith(trigger, index - 1)) found.add(trigger);
        else pending = true;
      }
      if (!pending) live[key] = 0;
    }
    previous = current;
  }
  return found;
}

/**
 * Wraps recognizers so they share one trigger scan per text instead of one `includes` per
 * trigger: each wrapped recognizer runs only when one of its triggers is in the index's answer.
 * The wrappers carry no `triggers` of their own, so the engine does not scan for them again.
 */
export function gateByTriggerIndex(recognizers: readonly Recognizer[]): Recognizer[] {
  const index = createTriggerIndex(recognizers.flatMap((recognizer) => recognizer.triggers ?? []));
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
