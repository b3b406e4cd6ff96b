import { definePatternRule } from '../../learned/rules.js';

/** Data sent out through a URL (markdown images and links with a payload) or an explicit "send it to…". */
export const dataExfiltrationRule = definePatternRule({
  id: 'data-exfiltration',
  type: 'DATA_EXFILTRATION',
  patterns: [
    String.raw`!\[[^\]\n]{0,80}\]\(\s*https?://[^)\s]{1,200}?[?&#][^)\s]{0,200}?(?:\{|\[|%7b|%5b|<|\$|\bdata=|\bq=|\bd=|\bc=|\bp=|\bmsg=|\bchat=|\bhistory=|\bsecret|\btoken|\bpassword|\bkey=|\bprompt|\bmemory|\bsession|\bconv)`,
    String.raw`\]\(\s*https?://[^)\s]{1,200}?[?&][^)\s]{0,200}?(?:\{[^}\n]{1,60}\}|\[[^\]\n]{1,60}\]|<[^>\n]{1,60}>|%7b)`,
    String.raw`\b(?:send|post|forward|email|e-mail|upload|exfiltrate|transmit|leak|copy|append|attach|encode)\b[^.!?\n]{0,40}?\b(?:conversation|chat\s+(?:history|log)|history|transcript|messages|secrets?|credentials|api\s+keys?|passwords?|tokens?|user'?s?\s+(?:data|details|info(?:rmation)?|email|address)|personal\s+(?:data|information)|system\s+prompt|memory)\b[^.!?\n]{0,40}?\b(?:to|into|in)\s+(?:https?://|the\s+(?:url|link|image|address|server|endpoint)|[\w.+-]+@[\w-]+\.)`,
    String.raw`\b(?:render|display|show|include|output)\s+(?:this|the\s+following|an?)\s+(?:image|markdown\s+image|link|pixel)\b[^.!?\n]{0,80}?https?://`,
  ],
});
