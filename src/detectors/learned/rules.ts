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
 * A rule from regular expressions (each compiled with the `giu` flags). Patterns should be
 * linear-time: no nested quantifiers over overlapping classes.
 * @example
 * const rule = definePatternRule({ id: 'x', type: 'X', patterns: [String.raw`\bignore\b`] });
 */
export function definePatternRule(options: { id: string; type: string; patterns: readonly string[] }): ThreatRule {
  const compiled = options.patterns.map((source) => new RegExp(source, 'giu'));
  const rule: ThreatRule = {
    id: options.id,
    type: options.type,
    find(text) {
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
