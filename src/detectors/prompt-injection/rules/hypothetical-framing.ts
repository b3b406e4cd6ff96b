import { definePatternRule } from '../../learned/rules.js';

/**
 * Fiction, hypotheticals and games used as a wrapper. Honest creative writing uses the same words,
 * so a hit here is only a feature: the model decides with the rest of the text.
 */
export const hypotheticalFramingRule = definePatternRule({
  id: 'hypothetical-framing',
  type: 'HYPOTHETICAL_FRAMING',
  patterns: [
    String.raw`\b(?:hypothetically|hypothetical\s+(?:scenario|world|situation|question)|in\s+a\s+(?:fictional|fictitious|parallel|alternate)\s+(?:world|universe|setting|reality)|purely\s+(?:academic|educational|fictional|theoretical)|for\s+(?:purely\s+)?(?:research|educational|academic)\s+purposes|(?:just|only)\s+(?:a\s+)?(?:thought\s+experiment|hypothetical))\b`,
    String.raw`\b(?:imagine|suppose|pretend)\s+(?:that\s+)?(?:a\s+world|you\s+(?:are|were|had)|there\s+(?:are|were)\s+no\s+(?:rules|laws|restrictions))\b`,
    String.raw`\b(?:let's|lets|we\s+will|we're\s+going\s+to)\s+play\s+a\s+game\b`,
    String.raw`\bin\s+(?:this|the|my)\s+(?:story|novel|screenplay|script|game|roleplay|role-play),?\s+(?:you|the\s+character|your\s+character)\b`,
    String.raw`\b(?:hipotéticamente|en\s+un\s+mundo\s+(?:ficticio|imaginario)|hypothétiquement|dans\s+un\s+monde\s+(?:fictif|imaginaire)|hypothetisch|in\s+einer\s+fiktiven\s+welt|hipoteticamente|num\s+mundo\s+fictício|ipoteticamente)\b`,
    String.raw`(?:假设|假如|想象一下|在一个虚构的世界|虚构的场景|仅用于学术|仅供研究)`,
    String.raw`(?:гипотетически|представь,?\s+что|в\s+вымышленном\s+мире)`,
  ],
});
