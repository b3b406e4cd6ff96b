import { VouchError } from '../../core/errors.js';
import type { Severity } from '../../core/types.js';
import type { Recognizer, RecognizerMatch } from '../types.js';
import { isLowVariety, isPlaceholder, randomPart } from './filters.js';
import { createTaskMemo } from './task-memo.js';
import { columnValues } from './table-columns.js';
import type { Trigger, TriggerOccurrences } from './trigger-index.js';
import { forEachMatch, startRanges, startTable } from './windowed-search.js';

/** What a rule's `validate` sees for one candidate. */
export interface SecretCandidate {
  /** The characters the finding would cover. */
  value: string;
  /** The regex match, with its groups. */
  match: RegExpExecArray;
  /** The whole text being scanned, for rules that look around the match. */
  text: string;
  start: number;
  end: number;
}

/** `false` drops the candidate, `true` keeps the rule's score, a number replaces it. */
export type SecretVerdict = boolean | number | { score: number; message: string };

/** A declarative credential format; `defineSecretRule` turns it into a Recognizer. */
export interface SecretRule {
  /** Kebab-case, unique across the secrets detector. */
  id: string;
  /** Finding type, UPPER_SNAKE, e.g. "GITHUB_TOKEN"; several rules may share one. */
  type: string;
  /** One line on the format and its validation, for humans. */
  format: string;
  /** Linear-time pattern; the `g` flag is added, and `d` when `group` is set. */
  pattern: RegExp;
  /**
   * Literal substrings one of which every match contains (in any letter case when the pattern has
   * the `i` flag); the detector looks for matches only around their occurrences.
   */
  triggers?: readonly string[];
  /**
   * How far into a match its trigger may start, in characters (default 0: every match starts with
   * a trigger). Matches are tried only this far before each trigger occurrence, so it must hold for
   * every match: for `aws_?secret|secret_?access_?key` and the trigger "ecret", 5.
   */
  triggerOffset?: number;
  /**
   * Characters every match starts with (in either case when the pattern ignores case); with a
   * `triggerOffset`, positions before a trigger holding another ASCII character are not tried.
   */
  startCharacters?: string;
  /** Why the format has no literal trigger; required when `triggers` is absent. */
  untriggeredBecause?: string;
  /** Score in [0, 1] when `validate` keeps the candidate without giving its own. */
  score: number;
  /** Capture group (or the first participating one of several) that is the reported span; default the whole match. */
  group?: number | readonly number[];
  validate?: (candidate: SecretCandidate) => SecretVerdict;
  /** Candidates shorter than this are dropped before any filter or `validate` runs (a cheap first rejection). */
  minLength?: number;
  severity?: Severity;
  /** Lowercase words near the match that raise the score. */
  context?: readonly string[];
  /** Leaves out the shared placeholder and low-variety filters. */
  skipDefaultFilters?: boolean;
  /**
   * Also reports values in table columns (CSV, TSV, markdown header cell or SQL INSERT column)
   * whose name holds a trigger, when the pattern matches `<column name>="<value>"` with the value whole.
   */
  columns?: boolean;
}

/** A Recognizer built from a SecretRule; keeps the rule for contract tests and documentation. */
export interface SecretRecognizer extends Recognizer {
  readonly rule: SecretRule;
  /** The rule's triggers as a trigger index reads them: in any case when the pattern ignores case. */
  readonly indexTriggers: readonly Trigger[];
  /**
   * The matches `recognize` returns, in text order, computed once per text per synchronous task.
   * Given the text's trigger `occurrences`, the pattern is tried only near them (none: no matches).
   */
  matches(text: string, occurrences?: TriggerOccurrences): readonly RecognizerMatch[];
}

const noMatches: readonly RecognizerMatch[] = Object.freeze([]);

/**
 * How many start positions a windowed search may try: a sticky attempt costs about as much as a
 * whole-text search does per 64 characters, and below 64 positions either is cheap.
 */
function windowedLimit(text: string): number {
  return Math.max(64, text.length >> 6);
}

/**
 * Builds a Recognizer that runs the rule's pattern over the text (only near its triggers when
 * given their occurrences), drops placeholders and values whose random part has low variety,
 * applies `validate`, and reports the chosen group's span typed `rule.type`.
 * @example
 * defineSecretRule({ id: 'groq-api-key', type: 'GROQ_API_KEY', format: 'gsk_ + 52 base62',
 *   pattern: /gsk_[A-Za-z0-9]{52}/, triggers: ['gsk_'], score: 0.95 });
 */
export function defineSecretRule(rule: SecretRule): SecretRecognizer {
  if (!rule.triggers?.length && !rule.untriggeredBecause) {
    throw new VouchError('VOUCH_INTERNAL', `secret rule "${rule.id}" needs triggers or untriggeredBecause`);
  }
  const groups = rule.group === undefined ? [] : typeof rule.group === 'number' ? [rule.group] : [...rule.group];
  const flags = [...new Set([...rule.pattern.flags.replace(/[gy]/g, ''), ...(groups.length ? ['d'] : [])])].join('');
  const ignoreCase = rule.pattern.flags.includes('i');
  // With a minimum length, candidates are matched without indices (much cheaper) and matched again with them only once long enough.
  const prefilter = rule.minLength !== undefined && groups.length > 0;
  const searchFlags = prefilter ? flags.replace('d', '') : flags;
  const search: Search = {
    rule,
    groups,
    global: new RegExp(rule.pattern.source, `${searchFlags}g`),
    sticky: new RegExp(rule.pattern.source, `${searchFlags}y`),
    ...(prefilter ? { indexed: new RegExp(rule.pattern.source, `${flags}y`) } : {}),
    ...(rule.startCharacters ? { starts: startTable(rule.startCharacters, ignoreCase) } : {}),
    ...(rule.columns ? { keyed: new RegExp(rule.pattern.source, [...new Set([...flags, 'd'])].join('')) } : {}),
  };
  const indexTriggers = [...new Set((rule.triggers ?? []).map((trigger) => (ignoreCase ? trigger.toLowerCase() : trigger)))].map((text) => ({ text, ignoreCase }));
  const memo = createTaskMemo<readonly RecognizerMatch[]>();
  const ids = new TriggerIds(indexTriggers);
  const matches = (text: string, occurrences?: TriggerOccurrences): readonly RecognizerMatch[] => {
    if (!occurrences || indexTriggers.length === 0) {
      return memo.get(text, () => withColumns(search, text, findAll(search, text, undefined), () => triggerPositions(indexTriggers, text)));
    }
    const found = ids.occurring(occurrences);
    if (found === undefined) return noMatches;
    return memo.get(text, () => withColumns(search, text, findAll(search, text, startRanges(found, rule.triggerOffset ?? 0, windowedLimit(text))), () => found));
  };
  return {
    id: rule.id,
    entity: rule.type,
    rule,
    indexTriggers,
    ...(rule.severity ? { severity: rule.severity } : {}),
    ...(rule.triggers?.length ? { triggers: rule.triggers } : {}),
    ...(rule.context ? { context: rule.context } : {}),
    matches,
    recognize: (text) => matches(text).map((match) => ({ ...match })),
  };
}

/** A rule's triggers' ids in the last trigger index asked about (there is one in practice), looked up once. */
class TriggerIds {
  private index: TriggerOccurrences['index'] | undefined;
  private ids: readonly number[] = [];

  constructor(private readonly triggers: readonly Trigger[]) {}

  /** The position lists of the triggers that occur, or undefined when none does (most rules, for most texts). */
  occurring(occurrences: TriggerOccurrences): Array<readonly number[]> | undefined {
    if (occurrences.index !== this.index) {
      this.ids = this.triggers.map((trigger) => occurrences.index.idOf(trigger));
      this.index = occurrences.index;
    }
    let found: Array<readonly number[]> | undefined;
    for (const id of this.ids) {
      const positions = occurrences.at(id);
      if (positions.length > 0) (found ??= []).push(positions);
    }
    return found;
  }
}

/** A rule's compiled pattern: global for whole-text searches, sticky for windowed ones. */
interface Search {
  rule: SecretRule;
  groups: readonly number[];
  global: RegExp;
  sticky: RegExp;
  /** ASCII codes a match may start with, from `rule.startCharacters`. */
  starts?: Uint8Array;
  /** Sticky, with indices, when `global` and `sticky` have none: tried again where they matched a candidate that is long enough. */
  indexed?: RegExp;
  /** With indices, not global: tried on `<column name>="<value>"` for rules with `columns`. */
  keyed?: RegExp;
}

/** The rule's findings among the matches of a search of the whole text, or of the start positions in `ranges`. */
function findAll(search: Search, text: string, ranges: readonly number[] | undefined): RecognizerMatch[] {
  const { rule, groups } = search;
  const found: RecognizerMatch[] = [];
  const visit = (matched: RegExpExecArray): void => {
    const match = search.indexed ? withIndices(search.indexed, matched, groups, rule.minLength ?? 0) : matched;
    if (!match) return;
    const span = spanOf(match, groups);
    if (!span) return;
    const verdict = judge(rule, { value: text.slice(span[0], span[1]), match, text, start: span[0], end: span[1] });
    if (verdict) found.push({ start: span[0], end: span[1], type: rule.type, ...verdict });
  };
  forEachMatch(ranges ? search.sticky : search.global, text, ranges, visit, search.starts);
  return found;
}

/** Each trigger's start positions in `text`, found by a plain search (the path without a trigger index). */
function triggerPositions(triggers: readonly Trigger[], text: string): Array<readonly number[]> {
  const lower = triggers.some((trigger) => trigger.ignoreCase) ? text.toLowerCase() : text;
  return triggers.map(({ text: literal, ignoreCase }) => {
    const haystack = ignoreCase ? lower : text;
    const positions: number[] = [];
    for (let at = haystack.indexOf(literal); at >= 0; at = haystack.indexOf(literal, at + 1)) positions.push(at);
    return positions;
  });
}

/**
 * `found` plus the rule's findings among table column values (rules with `columns`): each value is
 * judged as the pattern's match on `<column name>="<value>"`, at its place in the text. In text order.
 */
function withColumns(search: Search, text: string, found: RecognizerMatch[], positions: () => ReadonlyArray<readonly number[]>): RecognizerMatch[] {
  const keyed = search.keyed;
  if (!keyed) return found;
  const added: RecognizerMatch[] = [];
  for (const { key, value, start } of columnValues(text, positions())) {
    const end = start + value.length;
    if (value.length === 0 || value.includes('"') || overlapsAny(found, start, end)) continue;
    const match = keyed.exec(`${key}="${value}"`);
    const span = match ? spanOf(match, search.groups) : undefined;
    if (!match || !span || span[0] !== key.length + 2 || span[1] !== key.length + 2 + value.length) continue;
    const verdict = judge(search.rule, { value, match, text, start, end });
    if (verdict) added.push({ start, end, type: search.rule.type, ...verdict });
  }
  return added.length === 0 ? found : [...found, ...added].sort((left, right) => left.start - right.start);
}

/** True when one of `matches` (in text order, not overlapping) overlaps [start, end). */
function overlapsAny(matches: readonly RecognizerMatch[], start: number, end: number): boolean {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (matches[middle]!.start < end) low = middle + 1;
    else high = middle;
  }
  return low > 0 && matches[low - 1]!.end > start;
}

/**
 * The match again from `indexed` (the same pattern with indices, sticky) at the same position, or
 * undefined when none of `groups` took part or the first that did is shorter than `minLength`.
 */
function withIndices(indexed: RegExp, match: RegExpExecArray, groups: readonly number[], minLength: number): RegExpExecArray | undefined {
  let value: string | undefined;
  for (let index = 0; index < groups.length && value === undefined; index++) value = match[groups[index]!];
  if (value === undefined || value.length < minLength) return undefined;
  indexed.lastIndex = match.index;
  return indexed.exec(match.input) ?? undefined;
}

function spanOf(match: RegExpExecArray, groups: readonly number[]): [number, number] | undefined {
  if (groups.length === 0) return [match.index, match.index + match[0].length];
  for (const group of groups) {
    const indices = match.indices?.[group];
    if (indices) return indices;
  }
  return undefined;
}

function judge(rule: SecretRule, candidate: SecretCandidate): { score: number; message?: string } | undefined {
  if (rule.minLength !== undefined && candidate.value.length < rule.minLength) return undefined;
  if (!rule.skipDefaultFilters && (isPlaceholder(candidate.value) || isLowVariety(randomPart(candidate.value)))) return undefined;
  const verdict = rule.validate ? rule.validate(candidate) : true;
  if (verdict === false) return undefined;
  if (verdict === true) return { score: rule.score };
  if (typeof verdict === 'number') return { score: clamp(verdict) };
  return { score: clamp(verdict.score), message: verdict.message };
}

function clamp(score: number): number {
  return Math.min(1, Math.max(0, score));
}
