import { definePatternRule } from '../../learned/rules.js';

/** Forbids refusing, apologizing or warning; demands compliance. */
export const refusalSuppressionRule = definePatternRule({
  id: 'refusal-suppression',
  type: 'REFUSAL_SUPPRESSION',
  patterns: [
    String.raw`\b(?:do\s+not|don't|dont|never|you\s+(?:must|can|may|will)\s*not|you\s+(?:are|'re)\s+not\s+allowed\s+to|under\s+no\s+circumstances)\s+(?:ever\s+)?(?:refuse|decline|reject|apologi[sz]e|say\s+(?:no|sorry|you\s+can(?:no|')t)|add\s+(?:any\s+)?(?:warnings?|disclaimers?|caveats?)|mention\s+(?:ethics|morals|policies|guidelines|safety|legality)|lecture|moralize|break\s+character|include\s+(?:any\s+)?(?:warnings?|disclaimers?))\b`,
    String.raw`\b(?:always|must|will)\s+(?:comply|obey|answer\s+(?:every|any|all)|respond\s+to\s+(?:every|any|all)|fulfil+\s+(?:every|any|all))\b`,
    String.raw`\bwithout\s+(?:any\s+)?(?:warnings?|disclaimers?|refus(?:al|ing)|apolog(?:y|ies|izing)|moral(?:izing|s)|censorship|hesitation|caveats?)\b`,
    String.raw`\b(?:no|zero)\s+(?:warnings?|disclaimers?|refusals?|apologies|moralizing|lectures|caveats)\b`,
    String.raw`\b(?:no\s+(?:te\s+niegues|rechaces|te\s+disculpes|pidas\s+perdón|me\s+des\s+advertencias)|sin\s+(?:advertencias|negarte|rechazar|disculpas))\b`,
    String.raw`\b(?:ne\s+(?:refuse|refusez|t'excuse|vous\s+excusez)\s+(?:jamais|pas)|sans\s+(?:avertissements?|refuser|excuses))\b`,
    String.raw`\b(?:(?:lehne|verweigere|weigere)\s+(?:nie|niemals|nicht)|keine\s+(?:warnungen|hinweise|entschuldigungen|ablehnung)|ohne\s+(?:warnungen|hinweise|ablehnung))\b`,
    String.raw`\b(?:não\s+(?:recuse|recuses|se\s+desculpe|peça\s+desculpas)|sem\s+(?:avisos|advertências|recusar))\b`,
    String.raw`(?:не\s+отказывай|никогда\s+не\s+отказывай|без\s+(?:предупреждений|отказов|оговорок))`,
    String.raw`(?:不要拒绝|不许拒绝|不能拒绝|不得拒绝|禁止拒绝|不要道歉|不要(?:添加|加|给出)任何(?:警告|免责声明)|必须回答|必须服从)`,
    String.raw`(?:拒否しないで|拒否してはいけない|警告なしで|謝らないで)`,
    String.raw`(?:거절하지\s*마|거부하지\s*마|경고\s*없이)`,
  ],
});
