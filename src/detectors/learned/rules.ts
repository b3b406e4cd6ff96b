/** A pattern family over a text view: its hits become model features and name a finding's type. */
export interface ThreatRule {
  /** Kebab-case, same as the file name. */
  readonly id: string;
  /** The technique or category a hit points to, e.g. "INSTRUCTION_OVERRIDE". */
  readonly type: string;
  /** Finds hits in a view's text; spans index that text. */
  find(text: string): RuleHit[];
}

export interface RuleHit {
  rule: ThreatRule;
  start: number;
  end: number;
}

/**
 * Lowercase, one code unit for one (offsets still index the text), for the last text asked: every
 * rule of a detector reads the same view, so it is folded once.
 */
let lastText = '';
let lastFolded = '';
export function foldCase(text: string): string {
  if (text === lastText) return lastFolded;
  const lower = text.toLowerCase();
  lastFolded = lower.length === text.length ? lower : Array.from(text, (char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('');
  lastText = text;
  return lastFolded;
}

/**
 * A rule from regular expressions written in lowercase, matched against the text folded to
 * lowercase (so no pattern pays for case-insensitive matching). A pattern using `\p{…}` is
 * compiled in Unicode mode; the others are not, which V8 runs several times faster. Patterns
 * should be linear-time: no nested quantifiers over overlapping classes.
 * @example
 * const rule = definePatternRule({ id: 'x', type: 'X', patterns: [String.raw`\bignore\b`] });
 */
export function definePatternRule(options: { id: string; type: string; patterns: readonly string[] }): ThreatRule {
  const compiled = options.patterns.map((source) => new RegExp(source, source.includes('\\p{') ? 'gu' : 'g'));
  const rule: ThreatRule = {
    id: options.id,
    type: options.type,
    find(original) {
      const text = foldCase(original);
      const hits: RuleHit[] = [];
      for (const pattern of compiled) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
          if (match[0].length === 0) {
            pattern.lastIndex++;
            continue;
          }
          hits.push({ rule, start: match.index, end: match.index + match[0].length });
          if (hits.length >= 64) return hits;
        }
      }
      return hits;
    },
  };
  return rule;
}
