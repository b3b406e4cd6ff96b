import { definePatternRule } from '../../learned/rules.js';

/** First-person intent or method-seeking around suicide, self-injury and disordered eating. */
export const selfHarmRule = definePatternRule({
  id: 'self-harm',
  type: 'SELF_HARM',
  patterns: [
    String.raw`\b(?:kill|hurt|harm|cut|starve|hang|poison)\s+myself\b`,
    String.raw`\b(?:end|take)\s+my\s+(?:own\s+)?life\b`,
    String.raw`\b(?:want|wanna|going|plan(?:ning)?|ready)\s+to\s+(?:die|disappear\s+forever|end\s+it(?:\s+all)?)\b`,
    String.raw`\b(?:painless|quick|easiest|surest)\s+(?:way|method)s?\s+to\s+(?:die|commit\s+suicide|end\s+(?:it|my\s+life))\b`,
    String.raw`\b(?:how\s+many|what\s+dose\s+of)\s+[\w\s-]{1,30}?\s+(?:to|would)\s+(?:kill|overdose|od|die)\b`,
    String.raw`\b(?:suicid(?:e|al)|self[-\s]harm(?:ing)?|self[-\s]injur\w*|pro-?ana|thinspo\w*)\b`,
    String.raw`\b(?:quiero|voy\s+a)\s+(?:morir(?:me)?|matarme|suicidarme)\b|\bje\s+veux\s+(?:mourir|me\s+tuer|en\s+finir)\b|\bich\s+(?:will|möchte)\s+(?:sterben|mich\s+umbringen)\b|\bquero\s+(?:morrer|me\s+matar)\b|\bvoglio\s+(?:morire|uccidermi)\b`,
    String.raw`(?:хочу\s+умереть|покончить\s+с\s+собой|我想死|想自杀|不想活了|死にたい|자살하고\s*싶|मरना\s+चाहता|मरना\s+चाहती)`,
  ],
});
