import { definePatternRule } from '../../learned/rules.js';

/** Common swear words in several languages (whole words; their inflections). */
export const profanityRule = definePatternRule({
  id: 'profanity',
  type: 'PROFANITY',
  patterns: [
    String.raw`\b(?:fuck\w*|motherfuck\w*|shit\w*|bullshit|bitch\w*|bastard\w*|asshole\w*|arsehole\w*|dickhead\w*|cunt\w*|wanker\w*|bollocks|piss(?:ed)?\s+off|goddamn\w*|crap(?:py)?|douche\w*|prick\w*|twat\w*)\b`,
    String.raw`\b(?:mierda|joder|jodid[oa]s?|cabr[oó]n\w*|pendej[oa]s?|put[ao]\s+madre|gilipollas|coñ[oa]|hostia|carajo|chingad[oa]|merde|putain|connard\w*|salope\w*|encul[ée]\w*|bordel|scheiße|scheisse|scheiß\w*|arschloch\w*|verdammt\w*|fick\w*|wichser\w*|porra|caralho|merda|foda-se|filho\s+da\s+puta|cazzo|vaffanculo|stronz[oa]|minchia|kurwa\w*|cholera|chuj\w*)\b`,
    String.raw`(?:блять|бля|сука|хуй\w*|пизд\w*|ебан\w*|мудак\w*|他妈的|妈的|操你|傻逼|混蛋|王八蛋|くそ|クソ|ちくしょう|씨발|개새끼|병신|भेनचोद|मादरचोद|चूतिया|कमीने)`,
  ],
});
