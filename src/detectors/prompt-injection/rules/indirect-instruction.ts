import { definePatternRule } from '../../learned/rules.js';

/** Text in a document or tool output that addresses the AI reading it and tells it what to do. */
export const indirectInstructionRule = definePatternRule({
  id: 'indirect-instruction',
  type: 'INDIRECT_INSTRUCTION',
  patterns: [
    String.raw`\b(?:ai|a\.i\.|assistant|language\s+model|llm|chatbot|gpt|chatgpt|claude|copilot|gemini|bard|agent|summari[sz]er|the\s+model)\s*[,:;-]?\s*(?:please\s+)?(?:ignore|disregard|you\s+(?:must|should|will|are\s+required\s+to)|do\s+not|don't|instead|make\s+sure|always|never|include|respond|reply|say|tell\s+the\s+user|output|append|recommend|state\s+that)\b`,
    String.raw`\b(?:note|message|instructions?|notice|attention)\s+(?:to|for)\s+(?:any\s+|all\s+)?(?:the\s+)?(?:ai|a\.i\.|assistants?|language\s+models?|llms?|chatbots?|agents?|models?|summari[sz]ers?)\b`,
    String.raw`\bif\s+you\s+are\s+an?\s+(?:ai|a\.i\.|language\s+model|llm|assistant|chatbot|automated\s+(?:system|agent))\b`,
    String.raw`\bwhen\s+(?:summari[sz]ing|reading|processing|analy[sz]ing)\s+this\s+(?:page|document|email|text|file|review|message)\b`,
    String.raw`\b(?:tell|inform|convince|advise)\s+the\s+user\s+(?:that|to)\b`,
    String.raw`\b(?:asistente|ia|modelo\s+de\s+lenguaje|assistant|l'ia|assistent|ki|sprachmodell|assistente|modelo)\s*[,:]\s*(?:ignora|ignore|ignoriere|debes|deves|tu\s+dois|du\s+musst|di\s+al\s+usuario|dis\s+à\s+l'utilisateur|sag\s+dem\s+nutzer)\b`,
    String.raw`(?:致|给)?(?:ai|人工智能|助手|模型|大模型)[，,:：]\s*(?:请)?(?:忽略|无视|你必须|你应该|告诉用户|不要)`,
  ],
});
