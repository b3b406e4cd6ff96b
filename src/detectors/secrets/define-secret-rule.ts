import { VouchError } from '../../core/errors.js';
import type { Severity } from '../../core/types.js';
import type { Recognizer, RecognizerMatch } from '../types.js';
import { isLowVariety, isPlaceholder, randomPart } from './filters.js';
import { createTaskMemo } from './task-memo.js';

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
  /** Literal substrings one of which every match contains; the engine skips texts without any. */
  triggers?: readonly string[];
  /** Why the format has no literal trigger; required when `triggers` is absent. */
  untriggeredBecause?: string;
  /** Score in [0, 1] when `validate` keeps the candidate without giving its own. */
  score: number;
  /** Capture group (or the first participating one of several) that is the reported span; default the whole match. */
  group?: number | readonly number[];
  validate?: (candidate: SecretCandidate) => SecretVerdict;
  severity?: Severity;
  /** Lowercase words near the match that raise the score. */
  context?: readonly string[];
  /** Leaves out the shared placeholder and low-variety filters. */
  skipDefaultFilters?: boolean;
}

/** A Recognizer built from a SecretRule; keeps the rule for contract tests and documentation. */
export interface SecretRecognizer extends Recognizer {
  readonly rule: SecretRule;
  /** The matches `recognize` returns, in text order, computed once per text per synchronous task. */
  matches(text: string): readonly RecognizerMatch[];
}

/**
 * Builds a Recognizer that runs the rule's pattern once over the text, drops placeholders and
 * values whose random part has low variety, applies `validate`, and reports the chosen group's span typed `rule.type`.
 * @example
 * defineSecretRule({ id: 'groq-api-key', type: 'GROQ_API_KEY', format: 'gsk_ + 52 base62',
 *   pattern: /gsk_[A-Za-z0-9]{52}/, triggers: ['gsk_'], score: 0.95 });
 */
export function defineSecretRule(rule: SecretRule): SecretRecognizer {
  if (!rule.triggers?.length && !rule.untriggeredBecause) {
    throw new VouchError('VOUCH_INTERNAL', `secret rule "${rule.id}" needs triggers or untriggeredBecause`);
  }
  const groups = rule.group === undefined ? [] : typeof rule.group === 'number' ? [rule.group] : [...rule.group];
  const flags = new Set([...rule.pattern.flags, 'g', ...(groups.length ? ['d'] : [])]);
  const regex = new RegExp(rule.pattern.source, [...flags].join(''));
  const memo = createTaskMemo<readonly RecognizerMatch[]>();
  const matches = (text: string): readonly RecognizerMatch[] => memo.get(text, () => findAll(rule, regex, groups, text));
  return {
    id: rule.id,
    entity: rule.type,
    rule,
    ...(rule.severity ? { severity: rule.severity } : {}),
    ...(rule.triggers?.length ? { triggers: rule.triggers } : {}),
    ...(rule.context ? { context: rule.context } : {}),
    matches,
    recognize: (text) => matches(text).map((match) => ({ ...match })),
  };
}

function findAll(rule: SecretRule, regex: RegExp, groups: readonly number[], text: string): RecognizerMatch[] {
  const found: RecognizerMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const span = spanOf(match, groups);
    if (!span) continue;
    const verdict = judge(rule, { value: text.slice(span[0], span[1]), match, text, start: span[0], end: span[1] });
    if (verdict) found.push({ start: span[0], end: span[1], type: rule.type, ...verdict });
  }
  return found;
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
