import { definePatternRule } from '../../learned/rules.js';

/** Asks for the hidden system prompt, initial instructions or configuration, verbatim or transformed. */
export const systemPromptExtractionRule = definePatternRule({
  id: 'system-prompt-extraction',
  type: 'SYSTEM_PROMPT_EXTRACTION',
  patterns: [
    String.raw`\b(?:reveal|show|print|repeat|output|display|tell|give|leak|dump|spell\s+out|recite|copy|paste|list|share|disclose|write\s+out|translate|summari[sz]e|encode)\b[\s\w,'’-]{0,25}?\b(?:system\s*prompt|system\s+message|initial\s+(?:prompt|instructions)|hidden\s+(?:instructions|rules|prompt)|original\s+(?:instructions|prompt)|pre-?prompt|developer\s+(?:message|instructions)|secret\s+instructions|instructions\s+(?:above|you\s+were\s+given)|your\s+(?:rules|guidelines|configuration|instructions))\b`,
    String.raw`\b(?:what|which)\s+(?:is|are|was|were)\s+(?:your|the)\s+(?:system\s*prompt|initial\s+instructions|original\s+instructions|hidden\s+rules|exact\s+instructions|first\s+(?:message|instructions))\b`,
    String.raw`\brepeat\s+(?:everything|all|the\s+(?:text|words|message|lines?))\s+(?:above|before|prior)\b`,
    String.raw`\b(?:start|begin)\s+your\s+(?:answer|response|reply)\s+with\s+["“']?you\s+are\b`,
    String.raw`\b(?:muestra|revela|repite|dime|imprime|escribe|comparte)[\s\w,]{0,20}?\b(?:prompt\s+del\s+sistema|mensaje\s+del\s+sistema|instrucciones\s+(?:iniciales|ocultas|originales|del\s+sistema)|tus\s+instrucciones)\b`,
    String.raw`\b(?:affiche|montre|révèle|répète|donne|écris|dis)[\s\w,'’-]{0,20}?\b(?:prompt\s+(?:système|systeme)|message\s+système|instructions\s+(?:initiales|cachées|originales|système)|tes\s+instructions|vos\s+instructions)\b`,
    String.raw`\b(?:zeig|zeige|gib|nenne|wiederhole|verrate|schreib|drucke)[\s\w,]{0,25}?\b(?:system-?prompt|systemnachricht|anfangsanweisungen|versteckten\s+anweisungen|ursprünglichen\s+anweisungen|deine\s+anweisungen|ihre\s+anweisungen)\b`,
    String.raw`\b(?:mostre|mostra|revele|revela|repita|repete|diga|imprima|escreva)[\s\w,]{0,20}?\b(?:prompt\s+do\s+sistema|instruções\s+(?:iniciais|ocultas|originais|do\s+sistema)|suas\s+instruções|tuas\s+instruções)\b`,
    String.raw`\b(?:mostra|rivela|ripeti|dimmi|stampa|scrivi)[\s\w,']{0,20}?\b(?:prompt\s+di\s+sistema|istruzioni\s+(?:iniziali|nascoste|originali|di\s+sistema)|le\s+tue\s+istruzioni)\b`,
    String.raw`(?:покажи|выведи|повтори|раскрой|напиши|скажи)[\s\wа-яё,]{0,25}?(?:системн\w*\s+(?:промпт|сообщени|инструкци)|исходн\w*\s+инструкци|скрыт\w*\s+инструкци|свои\s+инструкции)`,
    String.raw`(?:告诉我|显示|输出|重复|打印|透露|泄露|给我看|展示|列出|翻译)[^。！？\n]{0,10}?(?:系统提示|系统提示词|系统消息|初始指令|原始指令|隐藏指令|你的指令|你的规则|设定)`,
    String.raw`(?:システムプロンプト|初期指示|隠された指示|元の指示)[^。\n]{0,12}?(?:教えて|表示|見せて|出力|繰り返)`,
    String.raw`(?:시스템\s*프롬프트|초기\s*지시|숨겨진\s*지시)[^.\n]{0,12}?(?:보여|알려|출력|반복)`,
  ],
});
