import { definePatternRule } from '../../learned/rules.js';

/** Instructions kept from the human reader: HTML comments that address a model, hidden styling, "AI-only" notes. */
export const hiddenTextRule = definePatternRule({
  id: 'hidden-text',
  type: 'HIDDEN_TEXT',
  patterns: [
    String.raw`<!--[^>]{0,400}?\b(?:ai|assistant|model|llm|gpt|chatbot|agent|ignore|instructions?|system|prompt|you\s+must|respond|tell\s+the\s+user)\b[^>]{0,400}?-->`,
    String.raw`<[a-z]+[^>]{0,200}?style\s*=\s*["'][^"']{0,200}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0|color\s*:\s*(?:#fff\b|#ffffff|white|transparent)|left\s*:\s*-\d{3,})`,
    String.raw`\[(?:hidden|invisible|secret)\s+(?:text|note|instructions?|message)\]`,
    String.raw`\b(?:visible|readable|meant)\s+(?:only\s+)?(?:to|for)\s+(?:ai|a\.i\.|language\s+models?|llms?|assistants?|bots?|machines)\b`,
    String.raw`\b(?:humans?|people|readers?|users?)\s+(?:can(?:no|')t|will\s+not|won't|do\s+not|don't)\s+see\s+this\b`,
  ],
});
