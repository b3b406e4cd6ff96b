import { definePatternRule } from '../../learned/rules.js';

/** "Ignore your previous instructions", "from now on you will…", "new rules:" — in several languages. */
export const instructionOverrideRule = definePatternRule({
  id: 'instruction-override',
  type: 'INSTRUCTION_OVERRIDE',
  patterns: [
    String.raw`\b(?:ignore|disregard|forget|skip|override|bypass|discard|drop|abandon|neglect)\b[\s\w,'’-]{0,30}?\b(?:previous|prior|above|earlier|preceding|original|initial|system|old|existing|all|any|your|the)\b[\s\w'’-]{0,20}?\b(?:instructions?|rules|directives?|guidelines|prompts?|context|programming|constraints|restrictions|guardrails|policies|commands|orders)\b`,
    String.raw`\b(?:new|updated|real|actual|revised|override)\s+(?:instructions?|rules|directives?|system\s+prompt|policy)\s*[:：-]`,
    String.raw`\bfrom\s+now\s+on,?\s+(?:you|your|ignore|forget|only|respond|answer|act)\b`,
    String.raw`\b(?:ignora|olvida|omite|descarta|desobedece|anula)[\s\w,]{0,25}?\b(?:instrucciones|reglas|indicaciones|directrices|órdenes|normas)\b`,
    String.raw`\b(?:ignore|ignorez|oublie|oubliez|ne\s+tiens\s+pas\s+compte|fais\s+abstraction)[\s\w,'’]{0,25}?\b(?:instructions|consignes|règles|directives|ordres)\b`,
    String.raw`\b(?:ignoriere|ignorier|vergiss|ignorieren\s+sie|vergessen\s+sie|missachte)[\s\w,]{0,30}?\b(?:anweisungen|regeln|instruktionen|vorgaben|richtlinien|befehle)\b`,
    String.raw`\b(?:ignore|ignora|esqueça|esquece|desconsidere|desconsidera)[\s\w,]{0,25}?\b(?:instruções|regras|orientações|diretrizes|ordens)\b`,
    String.raw`\b(?:ignora|dimentica|trascura)[\s\w,']{0,25}?\b(?:istruzioni|regole|direttive)\b`,
    String.raw`\b(?:negeer|vergeet)[\s\w,]{0,25}?\b(?:instructies|regels|aanwijzingen)\b`,
    String.raw`\b(?:zignoruj|ignoruj|zapomnij|pomiń)[\s\w,]{0,25}?\b(?:instrukcje|polecenia|zasady|reguły|wytyczne)\b`,
    String.raw`(?:игнорируй|проигнорируй|забудь|не\s+обращай\s+внимания)[\s\wа-яё,]{0,30}?(?:инструкци|правил|указани|команд)`,
    String.raw`(?:önceki|tüm|bütün)[\s\wçğıöşü]{0,20}?(?:talimatları|kuralları|yönergeleri)[\s\wçğıöşü]{0,10}?(?:yok\s+say|unut|görmezden\s+gel|dikkate\s+alma)`,
    String.raw`(?:تجاهل|انس|تخط)[\s\u0600-\u06ff]{0,25}?(?:التعليمات|الأوامر|القواعد|الإرشادات)`,
    String.raw`(?:पिछले|पहले\s+के|सभी)[\s\u0900-\u097f]{0,20}?(?:निर्देश|नियम|निर्देशों)[\s\u0900-\u097f]{0,15}?(?:अनदेखा|भूल|नजरअंदाज|नज़रअंदाज़)`,
    String.raw`(?:忽略|无视|忽视|忘记|忘掉|不要理会|不要管|抛开|放弃)[^。！？\n]{0,12}?(?:指令|指示|规则|说明|提示|设定|要求|命令)`,
    String.raw`(?:以前|前|これまで|上記|最初|全て|すべて)の[^。\n]{0,8}?(?:指示|命令|ルール|指令|プロンプト)[^。\n]{0,6}?(?:無視|忘れ)`,
    String.raw`(?:이전|앞의|모든|기존)[^.\n]{0,10}?(?:지시|명령|지침|규칙|프롬프트)[^.\n]{0,8}?(?:무시|잊어)`,
  ],
});
