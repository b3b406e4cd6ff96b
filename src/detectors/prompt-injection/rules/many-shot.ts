import type { RuleHit, ThreatRule } from '../../learned/rules.js';

/** Speaker labels that open a turn of a written-out dialogue. */
const turnPattern = /(?:^|\n)\s*(?:user|human|assistant|ai|bot|q|a|question|answer|usuario|utilisateur|benutzer|usuário|用户|助手)\s*[:：]/giu;
const minTurns = 8;

/**
 * A long fake dialogue (many-shot jailbreaking): at least eight speaker-labelled turns. The hit
 * spans the dialogue.
 */
export const manyShotRule: ThreatRule = {
  id: 'many-shot',
  type: 'MANY_SHOT',
  find(text: string): RuleHit[] {
    turnPattern.lastIndex = 0;
    let first = -1;
    let last = -1;
    let turns = 0;
    for (let match = turnPattern.exec(text); match !== null; match = turnPattern.exec(text)) {
      if (first === -1) first = match.index;
      last = match.index + match[0].length;
      turns++;
    }
    return turns >= minTurns ? [{ rule: manyShotRule, start: first, end: last }] : [];
  },
};
