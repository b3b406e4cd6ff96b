import { definePatternRule } from '../../learned/rules.js';

/** Unrestricted personas and modes: "developer mode", "you are DAN", "an AI without any rules". */
export const personaRule = definePatternRule({
  id: 'persona',
  type: 'PERSONA',
  patterns: [
    String.raw`\b(?:enable|activate|enter|switch\s+(?:on|to)|turn\s+on|unlock|boot\s+into)\s+(?:the\s+)?(?:developer|dev|god|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|debug|admin|sudo|dan|chaos|evil)\s+mode\b`,
    String.raw`\b(?:developer|god|jailbreak|unrestricted|unfiltered|uncensored|dan)\s+mode\s+(?:enabled|activated|on|is\s+now)\b`,
    String.raw`\b(?:you\s+are|you're|act\s+as|pretend\s+(?:to\s+be|you\s+are)|roleplay\s+as|play\s+the\s+role\s+of|become|behave\s+like|simulate)\b[^.!?\n]{0,60}?\b(?:unrestricted|unfiltered|uncensored|jailbroken|amoral|unethical|without\s+(?:any\s+)?(?:restrictions|limits|rules|filters|guidelines|ethics|morals|censorship)|no\s+longer\s+bound|free\s+from\s+(?:all\s+)?(?:rules|restrictions|guidelines|openai|anthropic))\b`,
    String.raw`\bdo\s+anything\s+now\b`,
    String.raw`\b(?:has|have|with)\s+no\s+(?:ethical|moral|content)?\s*(?:restrictions|limits|filters|guidelines|boundaries|rules)\b[^.!?\n]{0,40}?\b(?:ai|assistant|model|chatbot|bot|character|persona)\b`,
    String.raw`\b(?:modo\s+(?:desarrollador|desenvolvedor|sin\s+restricciones|sem\s+restrições|dios|deus)|sin\s+(?:restricciones|filtros|censura|límites)|sem\s+(?:restrições|filtros|censura|limites))\b`,
    String.raw`\b(?:mode\s+(?:développeur|developpeur|sans\s+restriction|dieu)|sans\s+(?:restrictions?|filtres?|censure|limites?))\b`,
    String.raw`\b(?:entwicklermodus|developer-modus|ohne\s+(?:einschränkungen|filter|zensur|regeln|grenzen)|uneingeschränkt\w*|unzensiert\w*)\b`,
    String.raw`\b(?:modalità\s+sviluppatore|senza\s+(?:restrizioni|filtri|censura|limiti))\b`,
    String.raw`(?:режим\s+разработчика|без\s+(?:ограничений|фильтров|цензуры|правил))`,
    String.raw`(?:开发者模式|开发模式|越狱模式|没有任何限制|不受任何限制|不受限制|无限制|没有限制|无审查|不受约束)`,
    String.raw`(?:開発者モード|制限のない|制限なし|無制限|検閲なし)`,
    String.raw`(?:개발자\s*모드|제한\s*없는|제한이\s*없는|검열\s*없는)`,
  ],
});
