/** Columns per state: 0 = delimiter, 1-26 = letters a-z in either case, 27 = digit. */
const columns = 32;
const digitColumn = 27;
/** ASCII letters and digits form words; every other code unit (underscore and non-ASCII included) delimits them. */
const columnOf = new Uint8Array(0x10000);
for (let letter = 0; letter < 26; letter++) {
  columnOf[0x41 + letter] = 1 + letter;
  columnOf[0x61 + letter] = 1 + letter;
}
for (let digit = 0x30; digit <= 0x39; digit++) columnOf[digit] = digitColumn;

/** States are stored as row offsets (index × columns): between words, after a listed word (absorbing), inside another word. */
const betweenWords = 0;
const accepted = 1 * columns;
const otherWord = 2 * columns;
/** Independent walks interleaved in one loop, so the processor overlaps their table loads. */
const chains = 4;
/** How far a walk's start may move to reach a delimiter before the walk is left empty. */
const maxSplitSearch = 1024;

function columnAt(units: Uint16Array, index: number): number {
  return columnOf[units[index] ?? 0] ?? 0;
}

/**
 * Finds whole words of a fixed list (ASCII letters, any case) in UTF-16 code units with a
 * table-driven trie walk: one table load per unit, no backtracking. A word is a maximal run of
 * ASCII letters and digits.
 * @example
 * const automaton = new WordAutomaton(['gur']);
 * automaton.occursIn(codeUnitsOf('Gur end'), 0, 7); // true
 */
export class WordAutomaton {
  private readonly transitions: Uint16Array;

  constructor(words: Iterable<string>) {
    const children: number[][] = [[], [], []];
    const isWordEnd: boolean[] = [];
    for (const word of words) {
      let state = betweenWords / columns;
      for (const character of word) {
        const column = columnOf[character.charCodeAt(0)] ?? 0;
        if (column === 0 || column === digitColumn) throw new Error(`word "${word}" must be ASCII letters`);
        const node = children[state] ?? [];
        state = node[column] ?? (node[column] = children.push([]) - 1);
      }
      isWordEnd[state] = true;
    }
    if (children.length * columns > 0x10000) throw new Error('too many words for a 16-bit transition table');
    this.transitions = buildTable(children, isWordEnd);
    this.collectFeedback();
  }

  /** Whether a listed word occurs whole in units[start, end); both edges count as delimiters. */
  occursIn(units: Uint16Array, start: number, end: number): boolean {
    const [firstStart = start, secondStart = start, thirdStart = start, fourthStart = start] = splitAtDelimiters(units, start, end);
    const table = this.transitions;
    let first = betweenWords;
    let second = betweenWords;
    let third = betweenWords;
    let fourth = betweenWords;
    const common = Math.min(secondStart - firstStart, thirdStart - secondStart, fourthStart - thirdStart, end - fourthStart);
    for (let offset = 0; offset < common; offset++) {
      first = table[first + columnAt(units, firstStart + offset)] ?? 0;
      second = table[second + columnAt(units, secondStart + offset)] ?? 0;
      third = table[third + columnAt(units, thirdStart + offset)] ?? 0;
      fourth = table[fourth + columnAt(units, fourthStart + offset)] ?? 0;
    }
    first = this.walk(first, units, firstStart + common, secondStart);
    second = this.walk(second, units, secondStart + common, thirdStart);
    third = this.walk(third, units, thirdStart + common, fourthStart);
    fourth = table[this.walk(fourth, units, fourthStart + common, end)] ?? 0;
    return first === accepted || second === accepted || third === accepted || fourth === accepted;
  }

  /**
   * Index just past the first listed word found whole in units[from, end), or -1. `from` must
   * start a word (units[from - 1] is a delimiter, or from is the start of the text).
   */
  nextWordEnd(units: Uint16Array, from: number, end: number): number {
    const table = this.transitions;
    let state = betweenWords;
    for (let index = from; index < end; index++) {
      state = table[state + columnAt(units, index)] ?? 0;
      if (state === accepted) return index;
    }
    return table[state] === accepted ? end : -1;
  }

  /**
   * Runs every path once on a small sample, so that when V8 optimizes the long loop in the middle
   * of a big text it already knows the code after it and does not deoptimize there on every call.
   */
  private collectFeedback(): void {
    const sample = Uint16Array.from('a bb ccc dddd eeeee ffffff 1 _ \u00e9 gggg hhh ii j', (character) => character.charCodeAt(0));
    for (let round = 0; round < 12; round++) {
      this.occursIn(sample, 0, sample.length);
      this.nextWordEnd(sample, 0, sample.length);
    }
  }

  private walk(state: number, units: Uint16Array, from: number, to: number): number {
    const table = this.transitions;
    let current = state;
    for (let index = from; index < to; index++) current = table[current + columnAt(units, index)] ?? 0;
    return current;
  }
}

/** The transition table: the trie, where a delimiter after a listed word leads to `accepted`. */
function buildTable(children: number[][], isWordEnd: boolean[]): Uint16Array {
  const table = new Uint16Array(children.length * columns);
  for (let state = 0; state < children.length; state++) {
    const row = state * columns;
    for (let column = 0; column < columns; column++) {
      let next = otherWord;
      if (row === accepted) next = accepted;
      else if (column === 0) next = isWordEnd[state] === true ? accepted : betweenWords;
      else if (row !== otherWord) next = (children[state]?.[column] ?? otherWord / columns) * columns;
      table[row + column] = next;
    }
  }
  return table;
}

/**
 * Start indices of `chains` consecutive ranges covering [start, end); every range but the first
 * starts just after a delimiter, so each can be walked on its own from `betweenWords`.
 */
function splitAtDelimiters(units: Uint16Array, start: number, end: number): number[] {
  const bounds = [start];
  for (let chain = 1; chain < chains; chain++) {
    const previous = bounds[chain - 1] ?? start;
    let index = Math.max(previous, start + Math.floor(((end - start) * chain) / chains));
    const limit = Math.min(end, index + maxSplitSearch);
    while (index < limit && columnAt(units, index) !== 0) index += 1;
    bounds.push(index < limit ? index + 1 : previous);
  }
  return bounds;
}
