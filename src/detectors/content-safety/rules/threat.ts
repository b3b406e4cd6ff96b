import { definePatternRule } from '../../learned/rules.js';

/** A stated intention to hurt someone: "I will kill you", "you'll regret this", "watch your back". */
export const threatRule = definePatternRule({
  id: 'threat',
  type: 'THREAT',
  patterns: [
    String.raw`\b(?:i\s*(?:will|'ll|am\s+going\s+to|'m\s+going\s+to|gonna)|we\s*(?:will|'ll|are\s+going\s+to|'re\s+gonna))\s+(?:kill|murder|hurt|beat|stab|shoot|find|destroy|ruin|break|end|get)\s+(?:you|u|him|her|them|your\s+\w+)\b`,
    String.raw`\b(?:you(?:'ll|\s+will)\s+(?:regret|pay\s+for)|watch\s+your\s+back|you(?:'re|\s+are)\s+(?:dead|next|going\s+to\s+die)|i\s+know\s+where\s+you\s+live|sleep\s+with\s+one\s+eye\s+open)\b`,
    String.raw`\b(?:te\s+voy\s+a\s+(?:matar|romper|encontrar)|je\s+vais\s+te\s+(?:tuer|buter|défoncer|retrouver)|ich\s+(?:bring|werde)\s+dich\s+(?:um|umbringen|finden)|vou\s+te\s+(?:matar|pegar|encontrar)|ti\s+ammazzo|ti\s+uccido)\b`,
    String.raw`(?:я\s+тебя\s+(?:убью|найду|урою)|我要杀了你|我会杀了你|弄死你|殺してやる|죽여\s*버릴|तुझे\s+मार\s+डालूंगा)`,
  ],
});
